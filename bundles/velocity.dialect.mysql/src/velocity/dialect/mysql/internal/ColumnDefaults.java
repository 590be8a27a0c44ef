package velocity.dialect.mysql.internal;

import java.sql.Types;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns {@code COLUMN_DEFAULT} into the default's SQL text, the same for both servers. MariaDB (10.2.7+)
 * already gives SQL: {@code 'abc'} quoted, {@code current_timestamp()}, and the text {@code NULL} for a
 * NULL default. MySQL gives the bare value ({@code abc}), SQL NULL for a NULL default, and flags
 * expression defaults with {@code DEFAULT_GENERATED} in {@code EXTRA}; its literals are quoted here the way
 * MariaDB quotes them.
 */
final class ColumnDefaults {

    private static final String NULL_TEXT = "NULL";
    private static final String DEFAULT_GENERATED = "default_generated";

    /** Temporal defaults MySQL accepts without parentheses; before 8.0.13 they were not flagged either. */
    private static final Pattern CURRENT_TIME = Pattern.compile(
            "(?i)(current_timestamp|now|localtime|localtimestamp)(\\(\\d*\\))?");

    /** MySQL shows a binary column's literal default in hex ({@code 0x6162}), already SQL. */
    private static final Pattern HEX_LITERAL = Pattern.compile("(?i)0x[0-9a-f]*");

    private ColumnDefaults() {
    }

    /**
     * @param rawDefault {@code COLUMN_DEFAULT} as read, possibly {@code null}
     * @param extra {@code EXTRA}
     * @param jdbcType the column's type, as {@link MySqlTypes} maps it
     * @param flavor the server
     * @return the default as SQL text, or {@code null} when the column has none or defaults to NULL
     */
    static String sqlText(String rawDefault, String extra, int jdbcType, ServerFlavor flavor) {
        if (rawDefault == null) {
            return null;
        }
        if (flavor.quotesDefaults()) {
            return NULL_TEXT.equalsIgnoreCase(rawDefault) ? null : rawDefault;
        }
        String flags = extra == null ? "" : extra.toLowerCase(Locale.ROOT);
        if (isTemporal(jdbcType) && CURRENT_TIME.matcher(rawDefault).matches()) {
            return rawDefault;
        }
        if (flags.contains(DEFAULT_GENERATED)) {
            // MySQL 8.0.13+ expression defaults: the stored text lacks the parentheses the DDL needs.
            return "(" + rawDefault + ")";
        }
        // Numbers and bit values (b'101') are shown as SQL already.
        if (MySqlTypes.isNumeric(jdbcType) || isBinary(jdbcType) && HEX_LITERAL.matcher(rawDefault).matches()) {
            return rawDefault;
        }
        return quote(rawDefault);
    }

    private static boolean isTemporal(int jdbcType) {
        return jdbcType == Types.TIMESTAMP || jdbcType == Types.DATE || jdbcType == Types.TIME;
    }

    private static boolean isBinary(int jdbcType) {
        return jdbcType == Types.BINARY || jdbcType == Types.VARBINARY || jdbcType == Types.LONGVARBINARY;
    }

    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
