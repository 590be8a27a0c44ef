package velocity.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;

/**
 * Earlier versions kept a generated key in {@code .secret-key} beside the store, in plain text. The first time
 * the store is unlocked with its new key, the passwords that key opens are encrypted again with the new one,
 * and the key file is deleted once they are safely written.
 */
final class LegacyKeyFile {

    /** Opens the store's file with options. */
    interface Opener {
        ISecurePreferences open(Map<String, Object> options) throws VelocityException;
    }

    private LegacyKeyFile() {
    }

    static Path path(VelocityHome home) {
        return home.path().resolve(".secret-key");
    }

    static void migrate(VelocityHome home, Opener opener, ISecurePreferences target, String root, String key)
            throws VelocityException {
        Path file = path(home);
        if (!Files.exists(file)) {
            return;
        }
        try {
            char[] legacyKey = Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
            ISecurePreferences legacy = opener.open(Map.of(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(legacyKey)))
                    .node(root);
            for (String name : legacy.childrenNames()) {
                String value = readable(legacy.node(name), key);
                if (value != null) {
                    target.node(root).node(name).put(key, value, true);
                }
            }
            target.flush();
            Files.delete(file);
        } catch (IOException | StorageException e) {
            throw new VelocityException(ErrorKind.IO, "The passwords kept under the old key file " + file
                    + " could not be moved to the new key: " + e.getMessage() + ". The file was left in place.", e);
        }
    }

    /** The value, or {@code null} when it was encrypted with another key than the old file's. */
    private static String readable(ISecurePreferences node, String key) {
        try {
            return node.get(key, null);
        } catch (StorageException e) {
            return null;
        }
    }
}
