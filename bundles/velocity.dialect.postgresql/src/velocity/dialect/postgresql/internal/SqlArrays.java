package velocity.dialect.postgresql.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

/** Reads the arrays of catalog rows (key columns, expressions). They are freed at once, as JDBC asks. */
final class SqlArrays {

    private SqlArrays() {
    }

    /** A {@code name[]} or {@code text[]} value. */
    static List<String> strings(Array array) throws SQLException {
        try {
            return List.of((String[]) array.getArray());
        } finally {
            array.free();
        }
    }

    /** A {@code smallint[]} value such as {@code pg_constraint.conkey}. */
    static int[] ints(Array array) throws SQLException {
        try {
            Object[] values = (Object[]) array.getArray();
            int[] result = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                result[i] = ((Number) values[i]).intValue();
            }
            return result;
        } finally {
            array.free();
        }
    }
}
