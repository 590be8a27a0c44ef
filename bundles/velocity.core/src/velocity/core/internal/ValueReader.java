package velocity.core.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import velocity.core.query.ResultColumn;
import velocity.core.spi.ColumnReader;
import velocity.core.spi.ValueReading;

/**
 * Reads result values as plain Java objects that outlive the result set: strings, numbers, booleans,
 * java.time values and byte arrays. Driver objects (LOB handles, PGobject, arrays) are turned into values
 * here because they become unreadable once the cursor moves on.
 */
public final class ValueReader {

    private ValueReader() {
    }

    /** The columns of a result set. */
    public static List<ResultColumn> columns(ResultSetMetaData meta) throws SQLException {
        int n = meta.getColumnCount();
        List<ResultColumn> columns = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            String label = meta.getColumnLabel(i);
            if (label == null || label.isEmpty()) {
                label = meta.getColumnName(i);
            }
            int precision;
            int scale;
            try {
                precision = meta.getPrecision(i);
                scale = meta.getScale(i);
            } catch (SQLException | RuntimeException e) {
                // Some drivers cannot tell for computed columns; the values are still readable.
                precision = 0;
                scale = 0;
            }
            columns.add(new ResultColumn(label, meta.getColumnTypeName(i), meta.getColumnType(i), precision, scale));
        }
        return columns;
    }

    /** Reads the current row with one reader per column. */
    public static Object[] row(ResultSet rs, ColumnReader[] readers) throws SQLException {
        Object[] row = new Object[readers.length];
        for (int i = 0; i < readers.length; i++) {
            row[i] = readers[i].read(rs, i + 1);
        }
        return row;
    }

    /**
     * The readers of a result's columns: the dialect's where it has a better one, the standard otherwise.
     * Chosen once per result, so that reading a value is a call, not a decision.
     */
    public static ColumnReader[] readers(ResultSet rs, List<ResultColumn> columns, ValueReading reading)
            throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        ColumnReader[] readers = new ColumnReader[columns.size()];
        for (int i = 0; i < readers.length; i++) {
            ResultColumn column = columns.get(i);
            ColumnReader standard = standard(column);
            ColumnReader chosen = reading.reader(rs, meta, i + 1, column, standard);
            readers[i] = chosen == null ? standard : chosen;
        }
        return readers;
    }

    /** The standard reader of a column: the driver's object for the column's type, made plain. */
    public static ColumnReader standard(ResultColumn column) {
        // pgjdbc reports timestamptz as a plain TIMESTAMP; read it with its offset rather than in the JVM's zone.
        int jdbcType = "timestamptz".equalsIgnoreCase(column.typeName()) ? Types.TIMESTAMP_WITH_TIMEZONE
                : column.jdbcType();
        return switch (jdbcType) {
            // getString and getBytes read LOBs whole in every supported driver; sqlite-jdbc has no getBlob.
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> (rs, i) -> rs.getString(i);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> (rs, i) -> rs.getBytes(i);
            case Types.TIMESTAMP_WITH_TIMEZONE -> (rs, i) -> rs.getObject(i, OffsetDateTime.class);
            case Types.SQLXML -> (rs, i) -> {
                SQLXML xml = rs.getSQLXML(i);
                return xml == null ? null : xml.getString();
            };
            case Types.ARRAY -> (rs, i) -> {
                Array array = rs.getArray(i);
                return array == null ? null : arrayText(array.getArray());
            };
            default -> (rs, i) -> plain(rs.getObject(i));
        };
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof byte[] || value instanceof java.time.temporal.Temporal) {
            return value;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        // PGobject (json, interval, ...), UUID and other driver types: their text is the value users see.
        return value.toString();
    }

    private static String arrayText(Object array) {
        if (array instanceof Object[] objects) {
            return Arrays.deepToString(objects);
        }
        return String.valueOf(array);
    }
}
