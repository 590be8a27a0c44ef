package velocity.dialect.postgresql.internal;

import java.sql.Types;
import java.util.Map;

/**
 * The closest {@link Types} constant of a PostgreSQL type. Unlike pgjdbc's own mapping, {@code boolean} is
 * BOOLEAN rather than BIT and the zoned time types keep their zone, because that is what the values are.
 * Types not named here fall back on their category, so that extension types such as {@code citext} still
 * read as text.
 */
final class JdbcTypes {

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("bool", Types.BOOLEAN),
            Map.entry("int2", Types.SMALLINT),
            Map.entry("int4", Types.INTEGER),
            Map.entry("int8", Types.BIGINT),
            Map.entry("oid", Types.BIGINT),
            Map.entry("float4", Types.REAL),
            Map.entry("float8", Types.DOUBLE),
            Map.entry("numeric", Types.NUMERIC),
            Map.entry("money", Types.DOUBLE),
            Map.entry("char", Types.CHAR),
            Map.entry("bpchar", Types.CHAR),
            Map.entry("varchar", Types.VARCHAR),
            Map.entry("text", Types.VARCHAR),
            Map.entry("name", Types.VARCHAR),
            Map.entry("bytea", Types.BINARY),
            Map.entry("bit", Types.BIT),
            Map.entry("date", Types.DATE),
            Map.entry("time", Types.TIME),
            Map.entry("timetz", Types.TIME_WITH_TIMEZONE),
            Map.entry("timestamp", Types.TIMESTAMP),
            Map.entry("timestamptz", Types.TIMESTAMP_WITH_TIMEZONE),
            Map.entry("xml", Types.SQLXML),
            Map.entry("refcursor", Types.REF_CURSOR));

    private JdbcTypes() {
    }

    /**
     * @param typeName the internal name ({@code int4}, {@code _text}), of the base type for a domain
     * @param category {@code pg_type.typcategory}: A array, E enum, C composite, S string, B boolean, ...
     */
    static int of(String typeName, char category) {
        if (category == 'A') {
            return Types.ARRAY;
        }
        Integer known = BY_NAME.get(typeName);
        if (known != null) {
            return known;
        }
        return switch (category) {
            case 'S', 'E' -> Types.VARCHAR;
            case 'B' -> Types.BOOLEAN;
            case 'C' -> Types.STRUCT;
            default -> Types.OTHER;
        };
    }
}
