package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.KeychainStatus;
import velocity.core.MasterPasswordSource;
import velocity.core.Velocity;
import velocity.core.VelocityHome;

/**
 * The secret store with the OS keyring keeping its key. Needs a D-Bus session with an unlocked Secret Service
 * (gnome-keyring); skipped with a message where none answers, unless {@code VELOCITY_REQUIRE_KEYRING=1}, when it
 * fails instead ({@code .ci/run} starts one).
 */
class KeyringTest {

    private static final String SECRET = "kr-s3cret-4412";

    @TempDir
    Path dir;

    private static final MasterPasswordSource NEVER = (create, problem) -> {
        throw new AssertionError("asked for a master password although the keyring keeps the key");
    };

    private static Velocity open(Path home) {
        return Velocity.open(new VelocityHome(home), KeychainStatus.Storage.KEYRING, NEVER);
    }

    private static void requireKeyring(Velocity v) {
        KeychainStatus status = v.secrets().status();
        if (status.keyringProblem() != null) {
            String message = "No OS keyring answers: " + status.keyringProblem();
            if ("1".equals(System.getenv("VELOCITY_REQUIRE_KEYRING"))) {
                fail(message + " (VELOCITY_REQUIRE_KEYRING=1)");
            }
            Assumptions.abort(message);
        }
    }

    @Test
    void theKeyringKeepsTheKeyAndNoFileHoldsThePassword() throws Exception {
        Path home = dir.resolve("home");
        try (Velocity v = open(home)) {
            requireKeyring(v);
            assertEquals(KeychainStatus.Storage.KEYRING, v.secrets().status().storage());
            v.secrets().put("Sales", SECRET.toCharArray());
        }
        try (Velocity v = open(home)) {
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("Sales"));
            v.secrets().remove("Sales");
            assertNull(v.secrets().get("Sales"));
        }
        MasterPasswordTest.assertNowhere(home, SECRET);
        assertTrue(!Files.exists(home.resolve(".secret-key")), "no key file");
    }

    @Test
    void chosenByItselfWhereTheKeyringAnswers() throws Exception {
        try (Velocity v = Velocity.open(new VelocityHome(dir.resolve("auto")), null, NEVER)) {
            requireKeyring(v);
            KeychainStatus auto = v.secrets().status();
            assertEquals(KeychainStatus.Storage.KEYRING, auto.storage(), auto.detail());
            v.secrets().put("Sales", SECRET.toCharArray());
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("Sales"));
        }
    }

    @Test
    void homesShareTheKeyringsKeyWithoutReplacingIt() throws Exception {
        Path first = dir.resolve("first");
        try (Velocity v = open(first)) {
            requireKeyring(v);
            v.secrets().put("A", SECRET.toCharArray());
        }
        try (Velocity v = open(dir.resolve("second"))) {
            v.secrets().put("B", "other".toCharArray());
        }
        try (Velocity v = open(first)) {
            assertArrayEquals(SECRET.toCharArray(), v.secrets().get("A"), "the first home still opens");
        }
        String items = secretTool("search", "--all", "xdg:schema", "org.eclipse.equinox");
        if (items != null) {
            assertTrue(items.contains("label = Equinox master password"), items);
            assertTrue(!items.contains(SECRET), "the keyring holds the key, not the password");
        }
    }

    /** What secret-tool (libsecret-tools) prints, looking from outside; {@code null} when it is not installed. */
    private static String secretTool(String... args) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/secret-tool"))) {
            return null;
        }
        String[] command = new String[args.length + 1];
        command[0] = "/usr/bin/secret-tool";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "secret-tool finished");
        return out;
    }
}
