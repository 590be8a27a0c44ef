package velocity.core.spi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import velocity.core.metadata.ColumnInfo;

/**
 * What a dialect does differently when Velocity changes rows: the hidden row id a table without a key can be
 * identified by, the statement that inserts a row of defaults, how a value is bound to a column and how it is
 * written as a literal in a preview. Every method has the standard behaviour as its default.
 */
public interface RowEditing {

    /** The standard behaviour of every method. */
    RowEditing STANDARD = new RowEditing() {
    };

    /**
     * The pseudo-column that identifies any row of a table (SQLite's {@code rowid}), or {@code null} when the
     * dialect has none and a table needs a key to be edited.
     */
    default String rowIdColumn() {
        return null;
    }

    /** An INSERT of a row of defaults only, into an already quoted and qualified table. */
    default String insertDefaults(String qualifiedTable) {
        return "INSERT INTO " + qualifiedTable + " DEFAULT VALUES";
    }

    /**
     * Binds a value converted for a column ({@code null} for SQL NULL).
     *
     * @param column the column the value goes to or is compared with
     */
    default void bind(PreparedStatement statement, int index, ColumnInfo column, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, column.jdbcType());
        } else {
            statement.setObject(index, value);
        }
    }

    /**
     * A value as an SQL literal, for reading and copying a preview; execution always binds it instead.
     * Text is quoted with single quotes doubled, binary as {@code X'..'}, NULL as {@code NULL}.
     */
    default String literal(ColumnInfo column, Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
        }
        return quoteText(temporalText(value));
    }

    /** Text between single quotes, a quote inside doubled. */
    default String quoteText(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A date, time or timestamp as SQL writes it ({@code 2024-01-31 13:45:00}); anything else as its text. */
    static String temporalText(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.format(DateTimeFormatter.ISO_LOCAL_DATE) + " " + time(t.toLocalTime());
        }
        if (value instanceof OffsetDateTime t) {
            return t.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE) + " " + time(t.toLocalTime())
                    + t.getOffset().getId().replace("Z", "+00:00");
        }
        if (value instanceof LocalTime t) {
            return time(t);
        }
        return value.toString();
    }

    private static String time(LocalTime t) {
        String text = t.format(DateTimeFormatter.ISO_LOCAL_TIME);
        return text.length() == 5 ? text + ":00" : text;
    }
}
