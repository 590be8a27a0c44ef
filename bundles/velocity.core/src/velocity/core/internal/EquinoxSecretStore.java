package velocity.core.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import velocity.core.ErrorKind;
import velocity.core.KeychainStatus;
import velocity.core.KeychainStatus.Storage;
import velocity.core.MasterPasswordSource;
import velocity.core.MasterPasswordSource.EnvironmentMasterPassword;
import velocity.core.SecretStore;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;

/**
 * Passwords in Equinox Secure Storage, encrypted in a file of the Velocity home. Its key is kept by the OS
 * keyring where one answers ({@link KeyringPasswordProvider}); otherwise, or when the user gives one, it is a
 * master password from a {@link MasterPasswordSource}, checked against a value encrypted with it when the store
 * was created, so that a wrong one is refused before anything is read or written. No key is ever written to a
 * file. Only values need the key: listing and removing entries never ask for it.
 */
public final class EquinoxSecretStore implements SecretStore {

    private static final String ROOT = "/velocity/connections";
    private static final String KEY = "password";
    private static final String CHECK_NODE = "/velocity/master-password";
    private static final String CHECK_KEY = "check";
    private static final String CHECK_VALUE = "velocity master password";
    private static final int ATTEMPTS = 3;

    private final VelocityHome home;
    private final Storage preferred;
    private final MasterPasswordSource source;
    private char[] given;
    private KeychainStatus status;
    private ISecurePreferences keyringRoot;
    private ISecurePreferences unlocked;

    /**
     * @param preferred the storage to use, or {@code null} to use the keyring where one answers and no master
     *            password was given, else a master password
     * @param source where the master password comes from
     */
    public EquinoxSecretStore(VelocityHome home, Storage preferred, MasterPasswordSource source) {
        this.home = home;
        this.preferred = preferred;
        this.source = source;
    }

    @Override
    public synchronized void put(String connectionName, char[] password) throws VelocityException {
        String what = "save the password of connection '" + connectionName + "'";
        ISecurePreferences node = unlocked(what).node(ROOT).node(EncodingUtils.encodeSlashes(connectionName));
        try {
            node.put(KEY, new String(password), true);
            node.flush();
        } catch (StorageException | IOException e) {
            throw failure(what, e);
        }
    }

    @Override
    public synchronized char[] get(String connectionName) throws VelocityException {
        String encoded = EncodingUtils.encodeSlashes(connectionName);
        if (!open(Map.of()).node(ROOT).nodeExists(encoded)) {
            return null;
        }
        String what = "read the password of connection '" + connectionName + "'";
        try {
            String value = unlocked(what).node(ROOT).node(encoded).get(KEY, null);
            return value == null ? null : value.toCharArray();
        } catch (StorageException e) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "Could not " + what + " from " + home.secureStorageFile()
                    + ": it was saved under another key (" + e.getMessage() + "; now in use: " + status().label()
                    + "). Save the password again to replace it.", e);
        }
    }

    @Override
    public synchronized void remove(String connectionName) throws VelocityException {
        ISecurePreferences connections = open(Map.of()).node(ROOT);
        String encoded = EncodingUtils.encodeSlashes(connectionName);
        if (connections.nodeExists(encoded)) {
            connections.node(encoded).removeNode();
            try {
                connections.flush();
            } catch (IOException e) {
                throw failure("remove the password of connection '" + connectionName + "'", e);
            }
        }
    }

    @Override
    public synchronized KeychainStatus status() {
        if (status == null) {
            status = decide();
        }
        return status;
    }

    @Override
    public synchronized void useMasterPassword(char[] masterPassword) {
        given = masterPassword.clone();
        unlocked = null;
        status = null;
    }

    private KeychainStatus decide() {
        Path file = home.secureStorageFile();
        boolean chosen = given != null || EnvironmentMasterPassword.isSet();
        if (preferred == Storage.MASTER_PASSWORD || (preferred == null && chosen)) {
            return master("a master password was given", file);
        }
        String problem = KeyringProbe.unavailable();
        if (problem == null) {
            try {
                keyringRoot = open(Map.of(IProviderHints.REQUIRED_MODULE_ID, KeyringPasswordProvider.MODULE_ID));
                problem = KeyringProbe.roundTrip(keyringRoot);
            } catch (VelocityException e) {
                problem = e.getMessage();
            }
        }
        if (problem == null) {
            return new KeychainStatus(Storage.KEYRING, "the OS keyring (Secret Service) keeps the key", null, file);
        }
        if (preferred == Storage.KEYRING) {
            return new KeychainStatus(Storage.KEYRING, "no OS keyring answers: " + problem, problem, file);
        }
        return master(problem, file);
    }

    private KeychainStatus master(String keyringProblem, Path file) {
        String detail;
        if (given != null) {
            detail = "a master password given on standard input";
        } else if (EnvironmentMasterPassword.isSet()) {
            detail = "a master password from " + EnvironmentMasterPassword.VARIABLE;
        } else if (source == MasterPasswordSource.ENVIRONMENT) {
            detail = "a master password, none given: set " + EnvironmentMasterPassword.VARIABLE
                    + " or pass --master-password-stdin";
        } else {
            detail = "a master password from " + source.describe();
        }
        return new KeychainStatus(Storage.MASTER_PASSWORD, detail, keyringProblem, file);
    }

    /** The store opened with its key, asking for the master password the first time it is needed. */
    private ISecurePreferences unlocked(String what) throws VelocityException {
        if (unlocked != null) {
            return unlocked;
        }
        KeychainStatus current = status();
        if (current.storage() == Storage.KEYRING) {
            if (current.keyringProblem() != null) {
                throw new VelocityException(ErrorKind.CONFIGURATION, "Could not " + what + ": " + current.detail()
                        + ". Nothing was read or saved.");
            }
            unlocked = keyringRoot;
        } else {
            unlocked = withMasterPassword(what);
        }
        LegacyKeyFile.migrate(home, this::open, unlocked, ROOT, KEY);
        return unlocked;
    }

    private ISecurePreferences withMasterPassword(String what) throws VelocityException {
        boolean create = !open(Map.of()).nodeExists(CHECK_NODE);
        boolean retry = given == null && source != MasterPasswordSource.ENVIRONMENT && !EnvironmentMasterPassword.isSet();
        String problem = null;
        for (int attempt = 1; attempt <= (retry ? ATTEMPTS : 1); attempt++) {
            char[] password = given != null ? given
                    : EnvironmentMasterPassword.isSet() ? MasterPasswordSource.ENVIRONMENT.masterPassword(create, problem)
                    : source.masterPassword(create, problem);
            if (password == null) {
                throw noMasterPassword(what);
            }
            ISecurePreferences root = open(Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password)));
            if (create) {
                try {
                    root.node(CHECK_NODE).put(CHECK_KEY, CHECK_VALUE, true);
                    root.flush();
                } catch (StorageException | IOException e) {
                    throw failure("create the master password", e);
                }
                return root;
            }
            if (opens(root)) {
                return root;
            }
            problem = "The master password is wrong.";
        }
        throw new VelocityException(ErrorKind.AUTHENTICATION, "Could not " + what + ": the master password"
                + (given != null ? " given on standard input" : EnvironmentMasterPassword.isSet()
                        ? " in " + EnvironmentMasterPassword.VARIABLE : "")
                + " is not the one " + home.secureStorageFile() + " was created with. Nothing was read or saved.");
    }

    private static boolean opens(ISecurePreferences root) {
        try {
            return CHECK_VALUE.equals(root.node(CHECK_NODE).get(CHECK_KEY, null));
        } catch (StorageException e) {
            return false;
        }
    }

    private VelocityException noMasterPassword(String what) {
        KeychainStatus current = status();
        String why = current.keyringProblem() == null ? "" : "No OS keyring answers (" + current.keyringProblem() + "), and ";
        if (given == null && (source == MasterPasswordSource.ENVIRONMENT || EnvironmentMasterPassword.isSet())) {
            return new VelocityException(ErrorKind.CONFIGURATION, "Could not " + what + ". " + (why.isEmpty() ? "N" : why + "n")
                    + "o master password was given: set " + EnvironmentMasterPassword.VARIABLE
                    + " or pass --master-password-stdin. Nothing was read or saved.");
        }
        return new VelocityException(ErrorKind.CANCELLED, "Could not " + what
                + ": no master password was given. Nothing was read or saved.");
    }

    /** The store's file with the given options; values need a key in them, the tree does not. */
    ISecurePreferences open(Map<String, Object> extra) throws VelocityException {
        Map<String, Object> options = new HashMap<>(extra);
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        Path file = home.secureStorageFile();
        ISecurePreferences root;
        try {
            Files.createDirectories(file.getParent());
            URL url = file.toUri().toURL();
            root = SecurePreferencesFactory.open(url, options);
        } catch (IOException e) {
            throw failure("open the secure storage", e);
        }
        if (root == null) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The secure storage " + file
                    + " could not be opened; no password was read or stored.");
        }
        return root;
    }

    private VelocityException failure(String what, Exception e) {
        return new VelocityException(ErrorKind.IO, "Could not " + what + " in " + home.secureStorageFile() + ": "
                + e.getMessage() + ". Now in use: " + status().label() + ".", e);
    }
}
