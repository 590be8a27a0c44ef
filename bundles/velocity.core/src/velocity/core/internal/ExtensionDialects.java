package velocity.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IConfigurationElement;

import velocity.core.DialectDescriptor;
import velocity.core.extension.Contributions;
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
        List<DialectDescriptor> result = new ArrayList<>();
        for (IConfigurationElement element : Contributions.elements(EXTENSION_POINT, "dialect")) {
            String contributor = element.getContributor().getName();
            if (!Contributions.hasAll(element, "id", "name", "urlPrefix", "class")) {
                LOG.log(Level.WARNING, "Ignoring a dialect of {0}: id, name, class and urlPrefix are required.", contributor);
                continue;
            }
            result.add(new DialectDescriptor(element.getAttribute("id"), element.getAttribute("name"),
                    element.getAttribute("description"), element.getAttribute("urlPrefix"),
                    parsePort(element.getAttribute("defaultPort")), Boolean.parseBoolean(element.getAttribute("fileBased")),
                    element.getAttribute("icon"), contributor, Contributions.executable(element, Dialect.class)));
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
}
