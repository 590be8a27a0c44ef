package velocity.core.operations;

import java.util.Map;

import velocity.core.ActiveConnection;
import velocity.core.edit.EditableTable;
import velocity.core.edit.RowChange;

/** Inserts one row; the columns not given take their defaults. Values are bound, never spliced into SQL. */
public final class InsertRowOperation extends SingleRowOperation {

    /** @param values converted values by column ({@link velocity.core.edit.ColumnValues}) */
    public InsertRowOperation(ActiveConnection connection, EditableTable table, Map<String, Object> values) {
        super(connection, table, new RowChange.Insert(1, values));
    }
}
