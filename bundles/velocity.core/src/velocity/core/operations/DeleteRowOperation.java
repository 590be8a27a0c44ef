package velocity.core.operations;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.edit.ApplyResult;
import velocity.core.edit.EditableTable;
import velocity.core.edit.RowChange;
import velocity.core.edit.RowKey;

/** Deletes the one row a key identifies. Deleting no row or several rows is an error and is rolled back. */
public final class DeleteRowOperation implements VelocityOperation<ApplyResult> {

    private final ApplyChangesOperation apply;

    /** @param key the row's values of the table's identity columns */
    public DeleteRowOperation(ActiveConnection connection, EditableTable table, RowKey key) {
        this.apply = new ApplyChangesOperation(connection, table, List.of(new RowChange.Delete(key)));
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
