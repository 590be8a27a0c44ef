package velocity.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import velocity.core.export.Exporter;
import velocity.core.export.ExporterDescriptor;

/**
 * Reads the contributions to {@code velocity.core.exporters}. Attributes are read at once; each exporter's
 * class is created only when an export first uses it. An incomplete contribution is left out and logged.
 */
public final class ExtensionExporters {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "velocity.core.exporters";

    private static final Logger LOG = Logger.getLogger(ExtensionExporters.class.getName());

    private ExtensionExporters() {
    }

    /** The contributed formats, or none when no extension registry runs (plain Java). */
    public static List<ExporterDescriptor> read() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<ExporterDescriptor> result = new ArrayList<>();
        if (registry == null) {
            return result;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"exporter".equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            String extension = element.getAttribute("fileExtension");
            if (id == null || name == null || extension == null || element.getAttribute("class") == null) {
                LOG.log(Level.WARNING, "Ignoring an exporter of {0}: id, name, class and fileExtension are required.",
                        contributor);
                continue;
            }
            result.add(new ExporterDescriptor(id, name, element.getAttribute("description"), extension,
                    options(element.getAttribute("options"), id, contributor), contributor, () -> create(element)));
        }
        return result;
    }

    private static Set<String> options(String value, String id, String contributor) {
        Set<String> options = new LinkedHashSet<>();
        if (value == null) {
            return options;
        }
        for (String option : value.split(",")) {
            String o = option.strip();
            if (ExporterDescriptor.OPTION_NAMES.contains(o)) {
                options.add(o);
            } else if (!o.isEmpty()) {
                LOG.log(Level.WARNING, "Exporter {0} of {1} names an unknown option ''{2}''; it is ignored.",
                        new Object[] { id, contributor, o });
            }
        }
        return options;
    }

    private static Exporter create(IConfigurationElement element) {
        try {
            Object created = element.createExecutableExtension("class");
            if (created instanceof Exporter exporter) {
                return exporter;
            }
            throw new IllegalStateException("class " + created.getClass().getName() + " does not implement "
                    + Exporter.class.getName());
        } catch (CoreException e) {
            throw new IllegalStateException(e.getStatus().getMessage(), e);
        }
    }
}
