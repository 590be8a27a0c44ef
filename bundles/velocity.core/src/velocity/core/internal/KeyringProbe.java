package velocity.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;

/**
 * Finds out whether an OS keyring answers, and if not, why, in words a user can act on. The cheap checks come
 * first (the platform, the fragment, a D-Bus session) so that a machine without a keyring never loads libsecret;
 * then a value is encrypted and read back through the keyring's key, on a thread of its own, since a keyring
 * that wants to show an unlock prompt nobody can see would otherwise hang the caller.
 */
final class KeyringProbe {

    private static final long TIMEOUT_SECONDS = 10;
    private static final String NODE = "/velocity/keyring";
    private static final String KEY = "check";
    private static final String VALUE = "velocity";

    private KeyringProbe() {
    }

    /** Why no keyring can answer here, before asking it; {@code null} when one may. */
    static String unavailable() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return "the OS keyring is supported on Linux only";
        }
        if (Platform.getBundle("org.eclipse.equinox.security.linux") == null
                || KeyringPasswordProvider.linuxProvider() == null) {
            return "the keyring module (org.eclipse.equinox.security.linux with JNA) is not installed";
        }
        if (!hasSessionBus()) {
            return "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)";
        }
        return null;
    }

    /**
     * Stores and reads back a value through the keyring's key.
     *
     * @return {@code null} when that worked, else why not
     */
    static String roundTrip(ISecurePreferences root) {
        FutureTask<String> task = new FutureTask<>(() -> {
            ISecurePreferences node = root.node(NODE);
            node.put(KEY, VALUE, true);
            return VALUE.equals(node.get(KEY, null)) ? null : "the keyring's key does not open this store";
        });
        Thread thread = new Thread(task, "Velocity keyring probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return "the keyring did not answer within " + TIMEOUT_SECONDS + " s (is its collection locked?)";
        } catch (ExecutionException e) {
            return "the keyring did not give a key (" + e.getCause().getMessage()
                    + "); is a Secret Service such as gnome-keyring running and unlocked, and libsecret-1-0 installed?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while asking the keyring";
        }
    }

    private static boolean hasSessionBus() {
        String address = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (address != null && !address.isBlank()) {
            return true;
        }
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Files.exists(Path.of("/run/user/" + uid + "/bus"));
        } catch (java.io.IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
