package velocity.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import velocity.core.DialectDescriptor;
import velocity.core.spi.Dialect;

/**
 * Reads the contributions to {@code velocity.core.dialects}. Attributes are read at once; each dialect's
 * class is created only when first used, so listing dialects loads no dialect bundle's code. A contribution
 * that is incomplete is left out and logged, rather than failing every other dialect.
 */
public final class ExtensionDialects {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "velocity.core.dialects";

    private static final Logger LOG = Logger.getLogger(ExtensionDialects.class.getName());

    private ExtensionDialects() {
    }

    /** The contributed dialects, or none when no extension registry runs (plain Java). */
    public static List<DialectDescriptor> read() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<DialectDescriptor> result = new ArrayList<>();
        if (registry == null) {
            return result;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"dialect".equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            String urlPrefix = element.getAttribute("urlPrefix");
            if (id == null || name == null || urlPrefix == null || element.getAttribute("class") == null) {
                LOG.log(Level.WARNING, "Ignoring a dialect of {0}: id, name, class and urlPrefix are required.", contributor);
                continue;
            }
            result.add(new DialectDescriptor(id, name, element.getAttribute("description"), urlPrefix,
                    parsePort(element.getAttribute("defaultPort")), Boolean.parseBoolean(element.getAttribute("fileBased")),
                    element.getAttribute("icon"), contributor, () -> create(element, id)));
        }
        return result;
    }

    private static int parsePort(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Dialect create(IConfigurationElement element, String id) {
        try {
            Object created = element.createExecutableExtension("class");
            if (created instanceof Dialect dialect) {
                return dialect;
            }
            throw new IllegalStateException("class " + created.getClass().getName() + " does not implement "
                    + Dialect.class.getName());
        } catch (CoreException e) {
            throw new IllegalStateException(e.getStatus().getMessage(), e);
        }
    }
}
