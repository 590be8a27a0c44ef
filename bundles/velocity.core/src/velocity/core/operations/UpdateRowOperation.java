package velocity.core.operations;

import java.util.Map;

import velocity.core.ActiveConnection;
import velocity.core.edit.EditableTable;
import velocity.core.edit.RowChange;
import velocity.core.edit.RowKey;

/**
 * Sets columns of the one row a key identifies. Changing no row or several rows is an error and is rolled
 * back.
 */
public final class UpdateRowOperation extends SingleRowOperation {

    /**
     * @param key the row's values of the table's identity columns
     * @param values converted values by column
     */
    public UpdateRowOperation(ActiveConnection connection, EditableTable table, RowKey key, Map<String, Object> values) {
        super(connection, table, update(key, values));
    }

    private static RowChange update(RowKey key, Map<String, Object> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An update needs at least one column to set.");
        }
        return new RowChange.Update(key, values);
    }
}
