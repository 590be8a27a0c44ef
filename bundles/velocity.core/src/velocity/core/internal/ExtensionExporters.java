package velocity.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IConfigurationElement;

import velocity.core.export.Exporter;
import velocity.core.export.ExporterDescriptor;
import velocity.core.extension.Contributions;

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
        List<ExporterDescriptor> result = new ArrayList<>();
        for (IConfigurationElement element : Contributions.elements(EXTENSION_POINT, "exporter")) {
            String contributor = element.getContributor().getName();
            if (!Contributions.hasAll(element, "id", "name", "fileExtension", "class")) {
                LOG.log(Level.WARNING, "Ignoring an exporter of {0}: id, name, class and fileExtension are required.",
                        contributor);
                continue;
            }
            String id = element.getAttribute("id");
            result.add(new ExporterDescriptor(id, element.getAttribute("name"), element.getAttribute("description"),
                    element.getAttribute("fileExtension"), options(element.getAttribute("options"), id, contributor),
                    contributor, Contributions.executable(element, Exporter.class)));
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
}
