package velocity.dialect.mysql.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DateTimeException;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.PropertySet;
import com.mysql.cj.jdbc.JdbcConnection;

import velocity.core.query.ResultColumn;
import velocity.core.spi.ColumnReader;
import velocity.core.spi.ValueReading;

/**
 * Reads the common column types from the text the server sent. Connector/J's getObject builds a value
 * factory per value, and a Calendar per date: on a wide table that doubles the client's processor time of a
 * full read, which an export pays on top of formatting. Here a value is the column's bytes (getBytes copies
 * them, nothing else) decoded once, into what getObject gives after Velocity makes it plain.
 *
 * <p>Only results in the text protocol qualify: server-side prepared statements and cursor fetch send binary
 * rows, so a connection with {@code useServerPrepStmts} or {@code useCursorFetch}, or with
 * {@code padCharsWithSpace}, which changes CHAR values, keeps the driver's reading. A text this class does
 * not expect goes to the standard reader; a value the driver refuses (a zero date, a TIME beyond a day) is
 * shown as the server's text instead of failing the whole read.
 */
final class MySqlValueReading implements ValueReading {

    static final MySqlValueReading INSTANCE = new MySqlValueReading();

    private MySqlValueReading() {
    }

    @Override
    public ColumnReader reader(ResultSet rs, ResultSetMetaData meta, int index, ResultColumn column,
            ColumnReader standard) throws SQLException {
        String type = column.typeName() == null ? "" : column.typeName();
        boolean textual = column.jdbcType() == Types.CHAR || column.jdbcType() == Types.VARCHAR
                || column.jdbcType() == Types.LONGVARCHAR;
        // By the driver's type name: the JDBC type alone does not tell INT UNSIGNED (a Long) from INT, or
        // YEAR (a date or a Short, by a property) from SMALLINT.
        ColumnReader fast = textual ? text(meta, index) : switch (type) {
            case "TINYINT", "SMALLINT", "MEDIUMINT", "INT", "TINYINT UNSIGNED", "SMALLINT UNSIGNED",
                    "MEDIUMINT UNSIGNED" -> (r, i) -> TextValues.integer(r.getBytes(i));
            case "BIGINT", "INT UNSIGNED" -> (r, i) -> TextValues.bigint(r.getBytes(i));
            case "DECIMAL", "DECIMAL UNSIGNED" -> (r, i) -> TextValues.decimal(r.getBytes(i));
            case "DOUBLE", "DOUBLE UNSIGNED" -> (r, i) -> TextValues.floating(r.getBytes(i));
            case "DATE" -> (r, i) -> TextValues.date(r.getBytes(i));
            case "DATETIME" -> (r, i) -> TextValues.dateTime(r.getBytes(i));
            // tinyint(1) as the driver shows it by default, and bit(1): text "0"/"1" and a byte 0/1.
            case "BIT" -> column.precision() == 1 ? (r, i) -> TextValues.bit(r.getBytes(i)) : null;
            default -> null;
        };
        boolean refusable = type.equals("TIME") || type.equals("TIMESTAMP") || type.equals("YEAR");
        if ((fast == null && !refusable) || !textProtocol(rs)) {
            return standard;
        }
        if (fast == null) {
            return (r, i) -> standardOrText(standard, r, i);
        }
        return (r, i) -> {
            try {
                return fast.read(r, i);
            } catch (NumberFormatException | DateTimeException | ArithmeticException e) {
                return standardOrText(standard, r, i);
            }
        };
    }

    /**
     * The standard reading of an unusual value; where the driver refuses it (a zero date, a TIME beyond a
     * day, which by default throw) the server's text, so that one such value does not make a table unreadable.
     */
    private static Object standardOrText(ColumnReader standard, ResultSet rs, int index) throws SQLException {
        try {
            return standard.read(rs, index);
        } catch (SQLException e) {
            byte[] text = rs.getBytes(index);
            if (text == null) {
                throw e;
            }
            return new String(text, StandardCharsets.ISO_8859_1);
        }
    }

    private static ColumnReader text(ResultSetMetaData meta, int index) throws SQLException {
        String encoding = meta.unwrap(com.mysql.cj.jdbc.result.ResultSetMetaData.class)
                .getColumnCharacterEncoding(index);
        if (encoding == null) {
            return null;
        }
        Charset charset;
        try {
            charset = Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
        return (r, i) -> {
            byte[] bytes = r.getBytes(i);
            return bytes == null ? null : new String(bytes, charset);
        };
    }

    private static boolean textProtocol(ResultSet rs) throws SQLException {
        Statement statement = rs.getStatement();
        Connection connection = statement == null ? null : statement.getConnection();
        if (connection == null || !connection.isWrapperFor(JdbcConnection.class)) {
            return false;
        }
        PropertySet properties = connection.unwrap(JdbcConnection.class).getPropertySet();
        return !properties.getBooleanProperty(PropertyKey.useServerPrepStmts).getValue()
                && !properties.getBooleanProperty(PropertyKey.useCursorFetch).getValue()
                && !properties.getBooleanProperty(PropertyKey.padCharsWithSpace).getValue();
    }
}
