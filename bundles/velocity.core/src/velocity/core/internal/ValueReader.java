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

    /** Reads the current row. */
    public static Object[] row(ResultSet rs, int[] jdbcTypes) throws SQLException {
        Object[] row = new Object[jdbcTypes.length];
        for (int i = 0; i < jdbcTypes.length; i++) {
            row[i] = value(rs, i + 1, jdbcTypes[i]);
        }
        return row;
    }

    /** The JDBC types of the columns, for {@link #row}. */
    public static int[] types(List<ResultColumn> columns) {
        // pgjdbc reports timestamptz as a plain TIMESTAMP; read it with its offset rather than in the JVM's zone.
        return columns.stream().mapToInt(c -> "timestamptz".equalsIgnoreCase(c.typeName())
                ? Types.TIMESTAMP_WITH_TIMEZONE : c.jdbcType()).toArray();
    }

    private static Object value(ResultSet rs, int index, int jdbcType) throws SQLException {
        switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR:
                return rs.getString(index);
            // getString and getBytes read LOBs whole in every supported driver; sqlite-jdbc has no getBlob.
            case Types.CLOB, Types.NCLOB:
                return rs.getString(index);
            case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY:
                return rs.getBytes(index);
            case Types.TIMESTAMP_WITH_TIMEZONE:
                return rs.getObject(index, OffsetDateTime.class);
            case Types.SQLXML: {
                SQLXML xml = rs.getSQLXML(index);
                return xml == null ? null : xml.getString();
            }
            case Types.ARRAY: {
                Array array = rs.getArray(index);
                return array == null ? null : arrayText(array.getArray());
            }
            default:
                return plain(rs.getObject(index));
        }
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
