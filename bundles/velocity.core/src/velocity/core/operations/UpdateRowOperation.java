package velocity.core.operations;

import java.util.List;
import java.util.Map;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.edit.ApplyResult;
import velocity.core.edit.EditableTable;
import velocity.core.edit.RowChange;
import velocity.core.edit.RowKey;

/**
 * Sets columns of the one row a key identifies. Changing no row or several rows is an error and is rolled
 * back.
 */
public final class UpdateRowOperation implements VelocityOperation<ApplyResult> {

    private final ApplyChangesOperation apply;

    /**
     * @param key the row's values of the table's identity columns
     * @param values converted values by column
     */
    public UpdateRowOperation(ActiveConnection connection, EditableTable table, RowKey key, Map<String, Object> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An update needs at least one column to set.");
        }
        this.apply = new ApplyChangesOperation(connection, table, List.of(new RowChange.Update(key, values)));
    }

    @Override
    public String label() {
        return apply.label();
    }

    @Override
    public ApplyResult run(Monitor monitor) throws VelocityException {
        return apply.run(monitor);
    }
}
