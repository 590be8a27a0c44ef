package velocity.core;

import java.nio.file.Path;

/**
 * Which storage protects the saved passwords.
 *
 * @param storage the key's keeper
 * @param detail one line for the user: which keyring, where the master password comes from, or why none is at
 *            hand and what to do
 * @param keyringProblem why the OS keyring is not used, or {@code null} when it is
 * @param file the encrypted file the passwords are kept in
 */
public record KeychainStatus(Storage storage, String detail, String keyringProblem, Path file) {

    /** Who keeps the key of the encrypted file. */
    public enum Storage {
        /** The OS keyring (the Secret Service, e.g. GNOME Keyring) keeps a generated key. */
        KEYRING,
        /** The user's master password is the key; it is asked for, or read from the environment or stdin. */
        MASTER_PASSWORD
    }

    /** A short name: "OS keyring" or "master password". */
    public String label() {
        return storage == Storage.KEYRING ? "OS keyring" : "master password";
    }
}
