package velocity.dialect.mysql.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which server answers, as far as the catalog cares: MariaDB and MySQL fill {@code information_schema}
 * differently (quoted defaults, functional indexes).
 *
 * @param mariaDb whether the server is MariaDB
 * @param major major version
 * @param minor minor version
 * @param patch patch version
 */
record ServerFlavor(boolean mariaDb, int major, int minor, int patch) {

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)");

    /** Reads {@code VERSION()}, e.g. {@code 10.11.19-MariaDB-0+deb12u1} or {@code 8.0.36}. */
    static ServerFlavor parse(String version) {
        String text = version == null ? "" : version;
        boolean mariaDb = text.toLowerCase(Locale.ROOT).contains("mariadb");
        Matcher m = VERSION.matcher(text);
        if (!m.find()) {
            return new ServerFlavor(mariaDb, 0, 0, 0);
        }
        return new ServerFlavor(mariaDb, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    /**
     * MariaDB 10.2.7 and later give {@code COLUMN_DEFAULT} as an SQL expression: literals quoted, the text
     * {@code NULL} for a NULL default. MySQL gives the bare value, and SQL NULL.
     */
    boolean quotesDefaults() {
        return mariaDb && atLeast(10, 2, 7);
    }

    /** MySQL 8.0.13 added functional indexes and the {@code STATISTICS.EXPRESSION} column; MariaDB has neither. */
    boolean hasIndexExpressions() {
        return !mariaDb && atLeast(8, 0, 13);
    }

    private boolean atLeast(int wantMajor, int wantMinor, int wantPatch) {
        if (major != wantMajor) {
            return major > wantMajor;
        }
        if (minor != wantMinor) {
            return minor > wantMinor;
        }
        return patch >= wantPatch;
    }
}
