package velocity.core.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * The export formats Velocity knows: those contributed through the extension point
 * {@code velocity.core.exporters} (read once, lazily) and those registered in code.
 */
public final class ExporterRegistry {

    private final Map<String, ExporterDescriptor> byId = new LinkedHashMap<>();

    /** An empty registry. */
    public ExporterRegistry() {
    }

    /** A registry with the given formats. */
    public ExporterRegistry(List<ExporterDescriptor> descriptors) {
        descriptors.forEach(this::register);
    }

    /**
     * Adds a format.
     *
     * @throws IllegalArgumentException when a format with the same id is registered already
     */
    public synchronized void register(ExporterDescriptor descriptor) {
        ExporterDescriptor old = byId.putIfAbsent(descriptor.id(), descriptor);
        if (old != null) {
            throw new IllegalArgumentException("Two export formats have the id '" + descriptor.id() + "': from "
                    + old.contributor() + " and from " + descriptor.contributor() + ".");
        }
    }

    /** Every format, in the order of their ids, so that lists look the same whatever order bundles start in. */
    public synchronized List<ExporterDescriptor> all() {
        List<ExporterDescriptor> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(ExporterDescriptor::id));
        return Collections.unmodifiableList(all);
    }

    /**
     * The format with this id.
     *
     * @throws VelocityException with {@link ErrorKind#CONFIGURATION} when there is none
     */
    public synchronized ExporterDescriptor get(String id) throws VelocityException {
        ExporterDescriptor d = byId.get(id);
        if (d == null) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "No export format '" + id
                    + "' is installed. Installed formats: "
                    + String.join(", ", all().stream().map(ExporterDescriptor::id).toList()) + ".");
        }
        return d;
    }
}
