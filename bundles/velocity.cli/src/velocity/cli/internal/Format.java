package velocity.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

import velocity.cli.UsageException;

/** The output formats of {@code --format}. */
enum Format {
    TABLE, JSON, CSV;

    /** The option this enum reads. */
    static final Options.Spec SPEC = Options.spec().value("--format");

    /** The help text of the option. */
    static final String HELP = """
              --format FORMAT     table (aligned text, the default), json or csv (RFC 4180)
            """;

    /** The format the options ask for, {@link #TABLE} by default. */
    static Format of(Options options) throws UsageException {
        String value = options.value("--format");
        if (value == null) {
            return TABLE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format is table, json or csv, not '" + value + "'");
        }
    }

    /** A formatter of query results, where NULL is shown as such, that writes to {@code out}. */
    Formatter formatter(PrintStream out) {
        return this == TABLE ? new TableFormatter(out, TableFormatter.NULL) : listing(out);
    }

    /** A formatter of listings (tables, connections...), where a missing value is left blank in a table. */
    Formatter listing(PrintStream out) {
        return switch (this) {
            case TABLE -> new TableFormatter(out, "");
            case JSON -> new JsonFormatter(out);
            case CSV -> new CsvFormatter(out);
        };
    }
}
