package velocity.core;

/**
 * Where passwords live. Implementations encrypt; nothing stored here may reach a settings file, a log or
 * an exception message.
 */
public interface SecretStore {

    /** Stores the password of a connection, replacing any earlier one. */
    void put(String connectionName, char[] password) throws VelocityException;

    /** The stored password of a connection, or {@code null} when none is stored. */
    char[] get(String connectionName) throws VelocityException;

    /** Forgets the password of a connection; nothing happens when none is stored. */
    void remove(String connectionName) throws VelocityException;

    /**
     * Which storage is in use: the OS keyring where one answers, else a master password. It may ask the
     * keyring, which takes a moment the first time, but never asks for the master password.
     */
    KeychainStatus status();

    /**
     * Gives the master password for this session (e.g. read from standard input), in place of the
     * {@link MasterPasswordSource}; it also means the user chose a master password over the keyring.
     */
    void useMasterPassword(char[] masterPassword);
}
