/**
 * Changing a table's rows: how rows are identified ({@link velocity.core.edit.RowIdentity}), text converted
 * for a column ({@link velocity.core.edit.ColumnValues}), the pending changes of a table and the statements
 * that apply them ({@link velocity.core.edit.PendingChanges}). The operations that apply changes are in
 * {@code velocity.core.operations}.
 */
package velocity.core.edit;
