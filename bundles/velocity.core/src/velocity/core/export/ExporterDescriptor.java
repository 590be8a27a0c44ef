package velocity.core.export;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.extension.Lazy;

/**
 * What an exporter contribution declares, read up front, and its {@link Exporter}, created on first use.
 * The UI and the command line list formats and their options without loading a single exporter class.
 */
public final class ExporterDescriptor {

    /** The option names an exporter may declare, as in {@code schema/exporters.exsd}. */
    public static final Set<String> OPTION_NAMES = Set.of("delimiter", "header", "null", "quoting", "lineEnding");

    private final String id;
    private final String name;
    private final String description;
    private final String fileExtension;
    private final Set<String> options;
    private final String contributor;
    private final Lazy<Exporter> exporter;

    /**
     * @param id unique id, e.g. {@code csv}; the command line's {@code --format}
     * @param name name shown to users
     * @param description one line about it, or {@code null}
     * @param fileExtension the usual file name extension without the dot, e.g. {@code csv}
     * @param options the {@link ExportOptions} the format uses, among {@link #OPTION_NAMES}
     * @param contributor symbolic name of the contributing bundle
     * @param factory creates the exporter; called at most once
     */
    public ExporterDescriptor(String id, String name, String description, String fileExtension, Set<String> options,
            String contributor, Supplier<Exporter> factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.fileExtension = Objects.requireNonNull(fileExtension, "fileExtension");
        this.options = Set.copyOf(options);
        this.contributor = contributor;
        this.exporter = new Lazy<>(factory);
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

    public String fileExtension() {
        return fileExtension;
    }

    /** The options the format uses, among {@link #OPTION_NAMES}. */
    public Set<String> options() {
        return options;
    }

    public String contributor() {
        return contributor;
    }

    /**
     * The exporter, created on the first call.
     *
     * @throws VelocityException when the contribution's class cannot be created
     */
    public Exporter exporter() throws VelocityException {
        try {
            return exporter.get();
        } catch (RuntimeException e) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The export format '" + id + "' contributed by "
                    + contributor + " could not be created: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
