package velocity.dialect.sqlite.internal;

import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a declared column type. SQLite accepts any text as a type and only derives an affinity from it, so the
 * common names that tools and other databases write get their precise JDBC type and everything else falls
 * back to SQLite's own affinity rules (section 3.1 of its datatype documentation).
 */
final class SqliteTypes {

    /** What a declared type says. Sizes are -1 when the type has none. */
    record TypeInfo(int jdbcType, int length, int precision, int scale) {
    }

    private static final Pattern DECLARED = Pattern.compile(
            "\\s*([^(]*?)\\s*(?:\\(\\s*([+-]?\\d+)\\s*(?:,\\s*([+-]?\\d+)\\s*)?\\))?\\s*");

    private static final Map<String, Integer> KNOWN = Map.ofEntries(
            Map.entry("BOOLEAN", Types.BOOLEAN), Map.entry("BOOL", Types.BOOLEAN),
            Map.entry("TINYINT", Types.TINYINT),
            Map.entry("SMALLINT", Types.SMALLINT), Map.entry("INT2", Types.SMALLINT),
            Map.entry("INT", Types.INTEGER), Map.entry("INTEGER", Types.INTEGER),
            Map.entry("MEDIUMINT", Types.INTEGER),
            Map.entry("BIGINT", Types.BIGINT), Map.entry("INT8", Types.BIGINT),
            Map.entry("UNSIGNED BIG INT", Types.BIGINT),
            Map.entry("DECIMAL", Types.DECIMAL), Map.entry("NUMERIC", Types.NUMERIC),
            Map.entry("REAL", Types.REAL), Map.entry("FLOAT", Types.FLOAT),
            Map.entry("DOUBLE", Types.DOUBLE), Map.entry("DOUBLE PRECISION", Types.DOUBLE),
            Map.entry("DATE", Types.DATE), Map.entry("TIME", Types.TIME),
            Map.entry("DATETIME", Types.TIMESTAMP), Map.entry("TIMESTAMP", Types.TIMESTAMP),
            Map.entry("CHAR", Types.CHAR), Map.entry("CHARACTER", Types.CHAR),
            Map.entry("NCHAR", Types.NCHAR), Map.entry("NATIVE CHARACTER", Types.NCHAR),
            Map.entry("VARCHAR", Types.VARCHAR), Map.entry("CHARACTER VARYING", Types.VARCHAR),
            Map.entry("VARYING CHARACTER", Types.VARCHAR), Map.entry("TEXT", Types.VARCHAR),
            Map.entry("NVARCHAR", Types.NVARCHAR), Map.entry("JSON", Types.VARCHAR),
            Map.entry("CLOB", Types.CLOB),
            Map.entry("BLOB", Types.BLOB), Map.entry("BINARY", Types.BINARY),
            Map.entry("VARBINARY", Types.VARBINARY));

    private SqliteTypes() {
    }

    /** The JDBC type and sizes of a declared type such as {@code varchar(40)}, {@code DECIMAL(10,2)} or "". */
    static TypeInfo of(String declared) {
        Matcher m = DECLARED.matcher(declared == null ? "" : declared);
        if (!m.matches()) {
            return new TypeInfo(byAffinity(declared.toUpperCase(Locale.ROOT)), -1, -1, -1);
        }
        String base = m.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        int first = m.group(2) == null ? -1 : parse(m.group(2));
        int second = m.group(3) == null ? -1 : parse(m.group(3));
        int jdbcType = KNOWN.getOrDefault(base, byAffinity(base));
        return switch (jdbcType) {
            case Types.CHAR, Types.NCHAR, Types.VARCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY ->
                new TypeInfo(jdbcType, first, -1, -1);
            case Types.DECIMAL, Types.NUMERIC ->
                new TypeInfo(jdbcType, -1, first, first < 0 ? -1 : Math.max(second, 0));
            default -> new TypeInfo(jdbcType, -1, -1, -1);
        };
    }

    /** SQLite's affinity rules, in their documented order of precedence. */
    private static int byAffinity(String upper) {
        if (upper.contains("INT")) {
            return Types.INTEGER;
        }
        if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
            return Types.VARCHAR;
        }
        if (upper.isBlank() || upper.contains("BLOB")) {
            return Types.BLOB;
        }
        if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
            return Types.DOUBLE;
        }
        return Types.NUMERIC;
    }

    private static int parse(String digits) {
        try {
            return Math.max(Integer.parseInt(digits), -1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
