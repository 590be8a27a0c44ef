package velocity.core.internal;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The key of Velocity's secure storage, kept in the OS keyring by the {@code org.eclipse.equinox.security.linux}
 * fragment (libsecret through JNA). That fragment keeps one "Equinox master password" in the keyring for every
 * Equinox application of the user, and makes a new one whenever a storage file is new to it, replacing the one
 * an IDE or another Velocity home uses. This module asks it for the existing key first and lets it make one only
 * when the keyring holds none, so every storage file of the user shares the one key.
 */
public final class KeyringPasswordProvider extends PasswordProvider {

    /** The module id of this provider, as contributed in plugin.xml. */
    public static final String MODULE_ID = "velocity.core.keyring";

    /** The extension by which the fragment contributes its provider. */
    static final String LINUX_MODULE_ID = "org.eclipse.equinox.security.LinuxKeystoreIntegrationJNA";

    private static final String SECURE_STORAGE_POINT = "org.eclipse.equinox.security.secureStorage";

    private PasswordProvider keyring;

    @Override
    public synchronized PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        PasswordProvider provider = keyring();
        if (provider == null) {
            return null;
        }
        PBEKeySpec existing = provider.getPassword(container, 0);
        if (existing != null || (passwordType & CREATE_NEW_PASSWORD) == 0) {
            return existing;
        }
        return provider.getPassword(container, CREATE_NEW_PASSWORD);
    }

    /** The fragment's provider, or {@code null} when the fragment is not installed (not Linux, no JNA). */
    static PasswordProvider linuxProvider() {
        IExtension extension = Platform.getExtensionRegistry().getExtension(SECURE_STORAGE_POINT, LINUX_MODULE_ID);
        if (extension == null) {
            return null;
        }
        for (IConfigurationElement element : extension.getConfigurationElements()) {
            if ("provider".equals(element.getName())) {
                try {
                    return (PasswordProvider) element.createExecutableExtension("class");
                } catch (CoreException | LinkageError | ClassCastException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private PasswordProvider keyring() {
        if (keyring == null) {
            keyring = linuxProvider();
        }
        return keyring;
    }
}
