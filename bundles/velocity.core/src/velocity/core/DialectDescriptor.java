package velocity.core;

import java.util.Objects;
import java.util.function.Supplier;

import velocity.core.extension.Lazy;
import velocity.core.spi.Dialect;

/**
 * What a dialect contribution declares, read up front, and its {@link Dialect}, created on first use. The UI
 * lists descriptors without loading a single dialect class.
 */
public final class DialectDescriptor {

    private final String id;
    private final String name;
    private final String description;
    private final String urlPrefix;
    private final int defaultPort;
    private final boolean fileBased;
    private final String icon;
    private final String contributor;
    private final Lazy<Dialect> dialect;

    /**
     * @param id unique id, as in {@link ConnectionSettings#dialect()}
     * @param name name shown to users
     * @param description one line about it, or {@code null}
     * @param urlPrefix the JDBC URL prefix this dialect accepts, e.g. {@code jdbc:postgresql:}
     * @param defaultPort the server's default port, 0 for file databases
     * @param fileBased whether a database is a file
     * @param icon bundle-relative path of an icon, or {@code null}
     * @param contributor symbolic name of the contributing bundle
     * @param factory creates the dialect; called at most once
     */
    public DialectDescriptor(String id, String name, String description, String urlPrefix, int defaultPort,
            boolean fileBased, String icon, String contributor, Supplier<Dialect> factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.urlPrefix = Objects.requireNonNull(urlPrefix, "urlPrefix");
        this.defaultPort = defaultPort;
        this.fileBased = fileBased;
        this.icon = icon;
        this.contributor = contributor;
        this.dialect = new Lazy<>(factory);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String urlPrefix() {
        return urlPrefix;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public boolean fileBased() {
        return fileBased;
    }

    public String icon() {
        return icon;
    }

    public String contributor() {
        return contributor;
    }

    /** Whether a JDBC URL belongs to this dialect. */
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.regionMatches(true, 0, urlPrefix, 0, urlPrefix.length());
    }

    /**
     * The dialect, created on the first call.
     *
     * @throws VelocityException when the contribution's class cannot be created
     */
    public Dialect dialect() throws VelocityException {
        try {
            return dialect.get();
        } catch (RuntimeException e) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The dialect '" + id + "' contributed by "
                    + contributor + " could not be created: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
