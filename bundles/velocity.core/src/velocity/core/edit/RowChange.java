package velocity.core.edit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pending change of one row. Values are already converted for their columns ({@link ColumnValues});
 * {@code null} is SQL NULL.
 */
public sealed interface RowChange {

    /** A new row; the columns it does not name take their defaults. */
    record Insert(long id, Map<String, Object> values) implements RowChange {
        public Insert {
            values = frozen(values);
        }
    }

    /** New values for some columns of the row the key identifies. */
    record Update(RowKey key, Map<String, Object> values) implements RowChange {
        public Update {
            values = frozen(values);
        }
    }

    /** The row the key identifies, to delete. */
    record Delete(RowKey key) implements RowChange {
    }

    private static Map<String, Object> frozen(Map<String, Object> values) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
