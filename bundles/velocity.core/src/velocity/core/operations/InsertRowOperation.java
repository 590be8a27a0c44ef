package velocity.core.operations;

import java.util.List;
import java.util.Map;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.edit.ApplyResult;
import velocity.core.edit.EditableTable;
import velocity.core.edit.RowChange;

/** Inserts one row; the columns not given take their defaults. Values are bound, never spliced into SQL. */
public final class InsertRowOperation implements VelocityOperation<ApplyResult> {

    private final ApplyChangesOperation apply;

    /** @param values converted values by column ({@link velocity.core.edit.ColumnValues}) */
    public InsertRowOperation(ActiveConnection connection, EditableTable table, Map<String, Object> values) {
        this.apply = new ApplyChangesOperation(connection, table, List.of(new RowChange.Insert(1, values)));
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
