package velocity.core.operations;

import velocity.core.ActiveConnection;
import velocity.core.edit.EditableTable;
import velocity.core.edit.RowChange;
import velocity.core.edit.RowKey;

/** Deletes the one row a key identifies. Deleting no row or several rows is an error and is rolled back. */
public final class DeleteRowOperation extends SingleRowOperation {

    /** @param key the row's values of the table's identity columns */
    public DeleteRowOperation(ActiveConnection connection, EditableTable table, RowKey key) {
        super(connection, table, new RowChange.Delete(key));
    }
}
