package velocity.core.operations;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.edit.ApplyResult;
import velocity.core.edit.EditableTable;
import velocity.core.edit.RowChange;

/**
 * One change to one row, applied as {@link ApplyChangesOperation} applies a batch: in a transaction, rolled back
 * when the change does not hit exactly one row.
 */
abstract class SingleRowOperation implements VelocityOperation<ApplyResult> {

    private final ApplyChangesOperation apply;

    SingleRowOperation(ActiveConnection connection, EditableTable table, RowChange change) {
        this.apply = new ApplyChangesOperation(connection, table, List.of(change));
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
