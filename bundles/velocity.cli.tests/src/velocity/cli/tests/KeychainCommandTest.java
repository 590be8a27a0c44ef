package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import velocity.core.KeychainStatus;

/** {@code velocity keychain} and the master password on standard input. */
class KeychainCommandTest extends CliTest {

    @Test
    void statusSaysWhichStorageKeepsTheKey() {
        Cli.Result result = cli.run("keychain", "status").expect(0);
        KeychainStatus status = cli.velocity().secrets().status();
        assertTrue(result.outLines().get(2).matches("storage\\s+" + status.label()), result.out());
        assertTrue(result.out().contains(dir.resolve("home").resolve("secure_storage").toString()), result.out());
        assertEquals(result.out(), cli.run("keychain").expect(0).out());
    }

    @Test
    void aMasterPasswordOnStandardInputComesBeforeThePasswordAndIsNeverWritten() throws Exception {
        String master = "master-" + UUID.randomUUID();
        String password = "pw-" + UUID.randomUUID();
        Path db = dir.resolve("shop.db");
        Cli.Result added = cli.run(List.of("connections", "add", "shop", "--dialect", "sqlite", "--file", db.toString(),
                "--master-password-stdin", "--password-stdin", "--save-password"), master + "\n" + password + "\n")
                .expect(0);
        assertTrue(added.err().contains("with its password, encrypted under the master password."), added.err());
        assertArrayEquals(password.toCharArray(), cli.velocity().secrets().get("shop"));
        Cli.Result status = cli.run("keychain", "--format", "json").expect(0);
        assertTrue(status.out().contains("given on standard input"), status.out());
        assertFalse(status.out().contains(master), status.out());

        try (Cli wrong = new Cli(dir.resolve("home"))) {
            Cli.Result refused = wrong.run(List.of("test-connection", "--connection", "shop", "--master-password-stdin"),
                    "not-" + master + "\n").expect(1);
            assertTrue(refused.err().contains("master password given on standard input is not the one"), refused.err());
            assertFalse(refused.err().contains(master), refused.err());
        }
        try (Cli right = new Cli(dir.resolve("home"))) {
            right.run(List.of("test-connection", "--connection", "shop", "--master-password-stdin"), master + "\n")
                    .expect(0);
            assertArrayEquals(password.toCharArray(), right.velocity().secrets().get("shop"));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(password) || content.contains(master), "a secret in clear in " + f);
            }
        }
    }

    @Test
    void anEmptyMasterPasswordLineIsAUsageError() {
        Cli.Result result = cli.run(List.of("keychain", "--master-password-stdin"), "").expect(2);
        assertTrue(result.err().contains("--master-password-stdin"), result.err());
    }
}
