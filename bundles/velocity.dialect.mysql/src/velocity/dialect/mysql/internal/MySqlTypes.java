package velocity.dialect.mysql.internal;

import java.sql.Types;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps {@code information_schema} type names to {@link Types}. It follows what Connector/J reports for query
 * results, so a column looks the same in the navigator and in a result grid, with two exceptions: an unsigned
 * integer maps to the next wider type, the one whose Java class the driver returns for it (an
 * {@code INT UNSIGNED} comes back as a {@code Long}), and {@code TINYINT(1)}, MySQL's BOOLEAN, maps to
 * {@link Types#BOOLEAN}.
 */
final class MySqlTypes {

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("bit", Types.BIT),
            Map.entry("tinyint", Types.TINYINT),
            Map.entry("smallint", Types.SMALLINT),
            Map.entry("mediumint", Types.INTEGER),
            Map.entry("int", Types.INTEGER),
            Map.entry("integer", Types.INTEGER),
            Map.entry("bigint", Types.BIGINT),
            Map.entry("decimal", Types.DECIMAL),
            Map.entry("numeric", Types.DECIMAL),
            Map.entry("float", Types.REAL),
            Map.entry("double", Types.DOUBLE),
            Map.entry("real", Types.DOUBLE),
            Map.entry("date", Types.DATE),
            // Connector/J returns YEAR as a java.sql.Date unless yearIsDateType=false.
            Map.entry("year", Types.DATE),
            Map.entry("time", Types.TIME),
            Map.entry("datetime", Types.TIMESTAMP),
            Map.entry("timestamp", Types.TIMESTAMP),
            Map.entry("char", Types.CHAR),
            Map.entry("varchar", Types.VARCHAR),
            Map.entry("tinytext", Types.VARCHAR),
            Map.entry("text", Types.LONGVARCHAR),
            Map.entry("mediumtext", Types.LONGVARCHAR),
            Map.entry("longtext", Types.LONGVARCHAR),
            Map.entry("json", Types.LONGVARCHAR),
            Map.entry("enum", Types.CHAR),
            Map.entry("set", Types.CHAR),
            Map.entry("binary", Types.BINARY),
            Map.entry("varbinary", Types.VARBINARY),
            Map.entry("tinyblob", Types.VARBINARY),
            Map.entry("blob", Types.LONGVARBINARY),
            Map.entry("mediumblob", Types.LONGVARBINARY),
            Map.entry("longblob", Types.LONGVARBINARY),
            Map.entry("vector", Types.LONGVARBINARY),
            // MariaDB's own types travel as text.
            Map.entry("uuid", Types.CHAR),
            Map.entry("inet4", Types.VARCHAR),
            Map.entry("inet6", Types.VARCHAR));

    private static final Set<String> GEOMETRY = Set.of("geometry", "point", "linestring", "polygon", "multipoint",
            "multilinestring", "multipolygon", "geometrycollection", "geomcollection");

    private static final Map<Integer, Integer> WIDER_UNSIGNED = Map.of(
            Types.TINYINT, Types.SMALLINT,
            Types.SMALLINT, Types.INTEGER,
            Types.INTEGER, Types.BIGINT,
            Types.BIGINT, Types.NUMERIC);

    private MySqlTypes() {
    }

    /**
     * @param dataType {@code DATA_TYPE}, the bare type name
     * @param columnType {@code COLUMN_TYPE}, with length and attributes, e.g. {@code int(10) unsigned}
     */
    static int jdbcType(String dataType, String columnType) {
        String name = dataType == null ? "" : dataType.toLowerCase(Locale.ROOT);
        String full = columnType == null ? name : columnType.toLowerCase(Locale.ROOT);
        if (GEOMETRY.contains(name)) {
            return Types.BINARY;
        }
        Integer type = BY_NAME.get(name);
        if (type == null) {
            return Types.OTHER;
        }
        if (name.equals("tinyint") && full.startsWith("tinyint(1)")) {
            return Types.BOOLEAN;
        }
        if (name.equals("mediumint") || !full.contains("unsigned")) {
            return type;
        }
        return WIDER_UNSIGNED.getOrDefault(type, type);
    }

    /** Whether the type takes a numeric precision and scale. */
    static boolean isNumeric(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                    Types.REAL, Types.DOUBLE, Types.BIT, Types.BOOLEAN -> true;
            default -> false;
        };
    }
}
