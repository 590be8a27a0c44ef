package velocity.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dialects Velocity knows: those contributed through the extension point {@code velocity.core.dialects}
 * (read once, lazily) and those registered in code, which lets the core run outside OSGi.
 */
public final class DialectRegistry {

    private final Map<String, DialectDescriptor> byId = new LinkedHashMap<>();

    /** An empty registry. */
    public DialectRegistry() {
    }

    /** A registry with the given dialects. */
    public DialectRegistry(List<DialectDescriptor> descriptors) {
        descriptors.forEach(this::register);
    }

    /**
     * Adds a dialect.
     *
     * @throws IllegalArgumentException when a dialect with the same id is registered already
     */
    public synchronized void register(DialectDescriptor descriptor) {
        DialectDescriptor old = byId.putIfAbsent(descriptor.id(), descriptor);
        if (old != null) {
            throw new IllegalArgumentException("Two dialects have the id '" + descriptor.id() + "': from "
                    + old.contributor() + " and from " + descriptor.contributor() + ".");
        }
    }

    /** Every dialect, in registration order. */
    public synchronized List<DialectDescriptor> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    /**
     * The dialect with this id.
     *
     * @throws VelocityException with {@link ErrorKind#CONFIGURATION} when there is none
     */
    public synchronized DialectDescriptor get(String id) throws VelocityException {
        DialectDescriptor d = byId.get(id);
        if (d == null) {
            throw new VelocityException(ErrorKind.CONFIGURATION,
                    "No dialect '" + id + "' is installed. Installed dialects: " + String.join(", ", byId.keySet()) + ".");
        }
        return d;
    }

    /**
     * The dialect that accepts a JDBC URL.
     *
     * @throws VelocityException with {@link ErrorKind#CONFIGURATION} when none does
     */
    public synchronized DialectDescriptor forUrl(String jdbcUrl) throws VelocityException {
        for (DialectDescriptor d : byId.values()) {
            if (d.accepts(jdbcUrl)) {
                return d;
            }
        }
        List<String> prefixes = byId.values().stream().map(DialectDescriptor::urlPrefix).toList();
        throw new VelocityException(ErrorKind.CONFIGURATION, "No installed dialect accepts the URL '" + jdbcUrl
                + "'. Supported prefixes: " + String.join(", ", prefixes) + ".");
    }
}
