package velocity.core.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import velocity.core.ErrorKind;
import velocity.core.SecretStore;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;

/**
 * Passwords in Equinox Secure Storage, encrypted in a file of the Velocity home. It never prompts, so the
 * command line and tests can use it: the master password comes from {@code VELOCITY_MASTER_PASSWORD} when
 * set, else from a random key generated once into a file only the user can read.
 */
public final class EquinoxSecretStore implements SecretStore {

    /** The environment variable that gives the master password. */
    public static final String MASTER_PASSWORD_VARIABLE = "VELOCITY_MASTER_PASSWORD";

    private static final String ROOT = "/velocity/connections";
    private static final String KEY = "password";

    private final VelocityHome home;
    private ISecurePreferences root;

    public EquinoxSecretStore(VelocityHome home) {
        this.home = home;
    }

    @Override
    public synchronized void put(String connectionName, char[] password) throws VelocityException {
        try {
            ISecurePreferences node = open().node(ROOT).node(EncodingUtils.encodeSlashes(connectionName));
            node.put(KEY, new String(password), true);
            node.flush();
        } catch (StorageException | IOException e) {
            throw failure("store the password of connection '" + connectionName + "'", e);
        }
    }

    @Override
    public synchronized char[] get(String connectionName) throws VelocityException {
        try {
            ISecurePreferences connections = open().node(ROOT);
            String encoded = EncodingUtils.encodeSlashes(connectionName);
            if (!connections.nodeExists(encoded)) {
                return null;
            }
            String value = connections.node(encoded).get(KEY, null);
            return value == null ? null : value.toCharArray();
        } catch (StorageException e) {
            throw failure("read the password of connection '" + connectionName + "'", e);
        }
    }

    @Override
    public synchronized void remove(String connectionName) throws VelocityException {
        try {
            ISecurePreferences connections = open().node(ROOT);
            String encoded = EncodingUtils.encodeSlashes(connectionName);
            if (connections.nodeExists(encoded)) {
                connections.node(encoded).removeNode();
                connections.flush();
            }
        } catch (IOException e) {
            throw failure("remove the password of connection '" + connectionName + "'", e);
        }
    }

    private ISecurePreferences open() throws VelocityException {
        if (root != null) {
            return root;
        }
        Map<String, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterPassword()));
        try {
            Path file = home.secureStorageFile();
            Files.createDirectories(file.getParent());
            URL url = file.toUri().toURL();
            root = SecurePreferencesFactory.open(url, options);
        } catch (IOException e) {
            throw failure("open the secure storage", e);
        }
        if (root == null) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The secure storage " + home.secureStorageFile()
                    + " could not be opened; no password was read or stored.");
        }
        return root;
    }

    private char[] masterPassword() throws VelocityException {
        String fromEnvironment = System.getenv(MASTER_PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Path keyFile = home.path().resolve(".secret-key");
        try {
            if (!Files.exists(keyFile)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(keyFile.getParent());
                Path temp = Files.createTempFile(keyFile.getParent(), ".secret-key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(temp, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
                try {
                    Files.move(temp, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    Files.deleteIfExists(temp);
                    if (!Files.exists(keyFile)) {
                        throw raced;
                    }
                }
            }
            return Files.readString(keyFile, StandardCharsets.US_ASCII).strip().toCharArray();
        } catch (IOException | UnsupportedOperationException e) {
            throw new VelocityException(ErrorKind.IO, "The key of the secure storage (" + keyFile
                    + ") cannot be created or read: " + e.getMessage() + ". Set " + MASTER_PASSWORD_VARIABLE
                    + " to give a master password instead.", e);
        }
    }

    private VelocityException failure(String what, Exception e) {
        if (e instanceof MalformedURLException) {
            return new VelocityException(ErrorKind.CONFIGURATION, "Could not " + what + ": bad path " + home.path(), e);
        }
        String hint = e instanceof StorageException
                ? " The master password may have changed (" + MASTER_PASSWORD_VARIABLE + ")."
                : "";
        return new VelocityException(ErrorKind.IO, "Could not " + what + " in " + home.secureStorageFile() + ": "
                + e.getMessage() + "." + hint, e);
    }
}
