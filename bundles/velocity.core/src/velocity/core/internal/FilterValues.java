package velocity.core.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Locale;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.metadata.ColumnInfo;
import velocity.core.spi.SqlSyntax;

/**
 * Turns the values of a table filter into parameters of the column's type. PostgreSQL refuses to compare an
 * integer or date column with a text parameter, so text is parsed into the column's type here, where a value
 * that does not parse can be refused with the column's name, before anything reaches the server.
 */
final class FilterValues {

    /** How a column's values are compared and bound. */
    enum Kind {
        TEXT, INTEGER, DECIMAL, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_TZ,
        /** uuid, json, binary, arrays, ...: compared through their text. */
        OTHER
    }

    private FilterValues() {
    }

    static Kind kind(ColumnInfo column) {
        String type = column.typeName() == null ? "" : column.typeName().toLowerCase(Locale.ROOT);
        return switch (column.jdbcType()) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> Kind.TEXT;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.DECIMAL;
            case Types.BOOLEAN -> Kind.BOOLEAN;
            case Types.BIT -> column.precision() > 1 || type.startsWith("bit(") ? Kind.OTHER : Kind.BOOLEAN;
            case Types.DATE -> Kind.DATE;
            case Types.TIME -> Kind.TIME;
            case Types.TIMESTAMP -> type.contains("with time zone") || type.equals("timestamptz") ? Kind.TIMESTAMP_TZ
                    : Kind.TIMESTAMP;
            case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP_TZ;
            default -> Kind.OTHER;
        };
    }

    /** Whether the kind is compared through its text rather than as itself. */
    static boolean comparedAsText(Kind kind) {
        return kind == Kind.OTHER;
    }

    /**
     * The value to bind for a column: text is parsed into the column's type; typed values (a key read from the
     * previous page) are kept.
     *
     * @param connectionName for the message
     */
    static Object convert(SqlSyntax syntax, ColumnInfo column, Kind kind, Object value, String connectionName)
            throws VelocityException {
        boolean temporal = kind == Kind.DATE || kind == Kind.TIME || kind == Kind.TIMESTAMP || kind == Kind.TIMESTAMP_TZ;
        if (temporal && syntax.temporalValuesAsText()) {
            return value instanceof Temporal t ? t.toString().replace('T', ' ') : String.valueOf(value);
        }
        if (!(value instanceof String text)) {
            return value;
        }
        String s = text.strip();
        try {
            return switch (kind) {
                case TEXT, OTHER -> text;
                case INTEGER -> integer(s);
                case DECIMAL -> new BigDecimal(s);
                case BOOLEAN -> bool(s);
                case DATE -> LocalDate.parse(s);
                case TIME -> LocalTime.parse(s);
                case TIMESTAMP -> timestamp(s);
                case TIMESTAMP_TZ -> timestampWithZone(s);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new VelocityException(ErrorKind.SYNTAX, "Connection '" + connectionName + "': the value '" + text
                    + "' does not fit column '" + column.name() + "' (" + column.typeName() + "). Give " + example(kind)
                    + ".");
        }
    }

    /** Binds a converted value. */
    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof String s) {
            ps.setString(index, s);
        } else {
            ps.setObject(index, value);
        }
    }

    private static Object integer(String s) {
        BigDecimal d = new BigDecimal(s);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            // 2.5 against an integer column is a fair question; the database compares it as a decimal.
            return d;
        }
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "t", "yes", "y", "1", "on" -> Boolean.TRUE;
            case "false", "f", "no", "n", "0", "off" -> Boolean.FALSE;
            default -> throw new NumberFormatException(s);
        };
    }

    private static LocalDateTime timestamp(String s) {
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay();
        }
        return LocalDateTime.parse(s.replace(' ', 'T'));
    }

    private static Temporal timestampWithZone(String s) {
        String iso = s.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            // Without an offset the server reads it in the session's time zone, as it would a literal.
            return timestamp(s);
        }
    }

    private static String example(Kind kind) {
        return switch (kind) {
            case INTEGER -> "a whole number such as 42";
            case DECIMAL -> "a number such as 12.50";
            case BOOLEAN -> "true or false";
            case DATE -> "a date such as 2026-11-24";
            case TIME -> "a time such as 13:45:00";
            case TIMESTAMP -> "a date and time such as 2026-11-24 13:45:00";
            case TIMESTAMP_TZ -> "a date and time such as 2026-11-24 13:45:00+01:00";
            default -> "a value the column takes";
        };
    }
}
