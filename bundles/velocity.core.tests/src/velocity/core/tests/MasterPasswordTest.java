package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.KeychainStatus;
import velocity.core.MasterPasswordSource;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;

/** The secret store without a keyring: a master password is the key, and it is never written anywhere. */
class MasterPasswordTest {

    private static final String MASTER = "m4ster-Pa55";
    private static final String SECRET = "db-s3cret-9817";

    @TempDir
    Path home;

    private Velocity open(Path dir, MasterPasswordSource source) {
        return Velocity.open(new VelocityHome(dir), KeychainStatus.Storage.MASTER_PASSWORD, source);
    }

    private static ConnectionSettings settings(String name) {
        return ConnectionSettings.builder(name, "postgresql").host("db.example.org").database("sales").user("ann")
                .savePassword(true).build();
    }

    @Test
    void createsTheMasterPasswordOnceAndNeverWritesItOrThePassword() throws Exception {
        List<Boolean> asked = new ArrayList<>();
        MasterPasswordSource source = (create, problem) -> {
            asked.add(create);
            return MASTER.toCharArray();
        };
        try (Velocity v = open(home, source)) {
            assertEquals(KeychainStatus.Storage.MASTER_PASSWORD, v.secrets().status().storage());
            v.connections().save(settings("Sales"), SECRET.toCharArray());
            v.connections().save(settings("Sales 2"), SECRET.toCharArray());
        }
        assertEquals(List.of(true), asked, "asked once, to create it");
        try (Velocity v = open(home, source)) {
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("Sales"));
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("Sales 2"));
        }
        assertEquals(List.of(true, false), asked, "asked once more by the second session, to check it");
        assertFalse(Files.exists(home.resolve(".secret-key")), "no key file");
        assertNowhere(home, SECRET);
        assertNowhere(home, MASTER);
    }

    @Test
    void aWrongMasterPasswordIsRefusedAndLosesNothing() throws Exception {
        try (Velocity v = open(home, (create, problem) -> MASTER.toCharArray())) {
            v.connections().save(settings("Sales"), SECRET.toCharArray());
        }
        byte[] before = Files.readAllBytes(home.resolve("secure_storage"));
        List<String> problems = new ArrayList<>();
        try (Velocity v = open(home, (create, problem) -> {
            problems.add(problem);
            return "wrong".toCharArray();
        })) {
            VelocityException read = assertThrows(VelocityException.class, () -> v.secrets().get("Sales"));
            assertEquals(ErrorKind.AUTHENTICATION, read.kind());
            assertTrue(read.getMessage().contains("master password"), read.getMessage());
            assertFalse(read.getMessage().contains("wrong"), "the password itself is not in the message");
            VelocityException write = assertThrows(VelocityException.class,
                    () -> v.secrets().put("Sales", "other".toCharArray()));
            assertEquals(ErrorKind.AUTHENTICATION, write.kind());
        }
        assertEquals(6, problems.size(), "three attempts for each of the two calls: " + problems);
        assertNull(problems.get(0), "the first question states no problem");
        assertEquals("The master password is wrong.", problems.get(1));
        assertArrayEquals(before, Files.readAllBytes(home.resolve("secure_storage")), "the store is unchanged");
        try (Velocity v = open(home, (create, problem) -> MASTER.toCharArray())) {
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("Sales"));
        }
    }

    @Test
    void cancellingNeitherSavesNorReads() throws Exception {
        try (Velocity v = open(home, (create, problem) -> null)) {
            VelocityException e = assertThrows(VelocityException.class,
                    () -> v.secrets().put("Sales", SECRET.toCharArray()));
            assertEquals(ErrorKind.CANCELLED, e.kind());
            assertNull(v.secrets().get("Sales"), "nothing stored, and reading nothing needs no master password");
            assertThrows(VelocityException.class, () -> v.connections().save(settings("Sales"), SECRET.toCharArray()));
            assertTrue(v.connections().find("Sales").isEmpty(), "a connection whose password was refused is not saved");
            v.secrets().remove("Sales");
        }
        try (Velocity v = open(home, (create, problem) -> MASTER.toCharArray())) {
            assertNull(v.secrets().get("Sales"));
        }
        assertNowhere(home, SECRET);
    }

    @Test
    void aMasterPasswordGivenForTheSessionIsUsedWithoutAsking() throws Exception {
        try (Velocity v = Velocity.open(new VelocityHome(home), null, (create, problem) -> {
            throw new AssertionError("asked although one was given");
        })) {
            v.secrets().useMasterPassword(MASTER.toCharArray());
            assertEquals(KeychainStatus.Storage.MASTER_PASSWORD, v.secrets().status().storage(),
                    "a given master password wins over the keyring");
            assertTrue(v.secrets().status().detail().contains("standard input"), v.secrets().status().detail());
            v.secrets().put("Sales", SECRET.toCharArray());
        }
        try (Velocity v = open(home, (create, problem) -> MASTER.toCharArray())) {
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("Sales"));
        }
    }

    @Test
    void passwordsUnderTheOldKeyFileMoveToTheMasterPasswordAndTheFileGoes() throws Exception {
        Files.createDirectories(home);
        String legacyKey = "bGVnYWN5LWtleS0xMjM0NTY3ODkwYWJjZGVm";
        Files.writeString(home.resolve(".secret-key"), legacyKey);
        ISecurePreferences legacy = SecurePreferencesFactory.open(home.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE, IProviderHints.DEFAULT_PASSWORD,
                        new PBEKeySpec(legacyKey.toCharArray())));
        legacy.node("/velocity/connections").node("Old").put("password", SECRET, true);
        legacy.flush();
        try (Velocity v = open(home, (create, problem) -> MASTER.toCharArray())) {
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("Old"));
        }
        assertFalse(Files.exists(home.resolve(".secret-key")), "the plain key file is gone");
        try (Velocity v = open(home, (create, problem) -> MASTER.toCharArray())) {
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("Old"), "now under the master password");
        }
        assertNowhere(home, SECRET);
        assertNowhere(home, legacyKey);
    }

    /** Fails when any file under the folder holds the text in clear. */
    static void assertNowhere(Path dir, String text) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(text), "'" + text + "' in clear in " + f);
            }
        }
    }
}
