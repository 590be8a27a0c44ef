package velocity.ui.editors.internal.tabs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.Color;

import velocity.core.edit.ChangeFailure;
import velocity.core.edit.ColumnValues;
import velocity.core.edit.EditableTable;
import velocity.core.edit.ParsedValue;
import velocity.core.edit.PendingChanges;
import velocity.core.edit.RowChange;
import velocity.core.edit.RowIdentity;
import velocity.core.edit.RowKey;
import velocity.core.metadata.ColumnInfo;
import velocity.core.operations.ApplyChangesOperation;
import velocity.core.query.ResultColumn;
import velocity.core.query.TablePage;
import velocity.ui.editors.EditorTabContext;
import velocity.ui.grid.ResultGrid;
import velocity.ui.grid.RowEditor;

/**
 * The pending changes of the Data tab's rows and what the user does with them: cells edited in place, rows
 * added, duplicated and deleted, NULL set, the statements previewed, applied in one transaction or discarded.
 * The grid shows its own copies of the page's rows; each copy knows the key of the row it came from (or the
 * inserted row it is), so marks and changes survive sorting. Changed cells are tinted yellow, new rows green,
 * deleted rows red and the row whose change failed orange.
 */
final class DataEditing implements RowEditor {

    /** What a new row's cell shows until a value is typed: the column's default. */
    static final Object DEFAULT = new Object() {
        @Override
        public String toString() {
            return "DEFAULT";
        }
    };

    /** Where a row of the grid came from: an existing row (its key and values as read) or an inserted one. */
    private record Source(RowKey key, Object[] original, long insertId) {
    }

    private final ResultGrid grid;
    private final EditorTabContext context;
    private final Runnable changed;
    private final Consumer<String> message;
    private final Map<Object[], Source> sources = new IdentityHashMap<>();
    private final Color changedColor = new Color(255, 240, 170);
    private final Color insertedColor = new Color(205, 240, 205);
    private final Color deletedColor = new Color(245, 200, 200);
    private final Color failedColor = new Color(255, 180, 110);
    private EditableTable table;
    private PendingChanges pending;
    private List<ColumnInfo> columns = List.of();
    private Object[] failedRow;
    private boolean applying;

    /**
     * @param changed called when the pending changes or the applying state changed
     * @param message shows a message above the grid, {@code null} clears it
     */
    DataEditing(ResultGrid grid, EditorTabContext context, Runnable changed, Consumer<String> message) {
        this.grid = grid;
        this.context = context;
        this.changed = changed;
        this.message = message;
    }

    /** Learns the table once its structure and dialect are known. */
    void tableKnown(EditableTable editable) {
        if (table == null) {
            table = editable;
            pending = new PendingChanges(editable);
        }
    }

    boolean editable() {
        return table != null && table.identity().editable();
    }

    /** Why the rows are read-only, or {@code null}. */
    String readOnlyReason() {
        return table == null || editable() ? null : table.identity().readOnlyReason();
    }

    boolean applying() {
        return applying;
    }

    int pendingCount() {
        return pending == null ? 0 : pending.size();
    }

    /** Shows a page: copies of its rows with the pending changes on them, then the inserted rows. */
    void show(TablePage page) {
        sources.clear();
        failedRow = null;
        List<ResultColumn> resultColumns = page.columns();
        columns = resultColumns.stream().map(c -> table == null ? null : table.column(c.label())).toList();
        List<Object[]> rows = new ArrayList<>();
        int[] keyIndexes = keyIndexes(resultColumns);
        for (int i = 0; i < page.rows().size(); i++) {
            Object[] original = page.rows().get(i);
            Object[] row = original.clone();
            RowKey key = key(page, i, original, keyIndexes);
            if (key != null) {
                pending.updated(key).forEach((name, value) -> row[indexOf(name)] = value);
            }
            sources.put(row, new Source(key, original, 0));
            rows.add(row);
        }
        if (pending != null) {
            for (RowChange.Insert insert : pending.inserts()) {
                Object[] row = insertedRow(insert.values());
                sources.put(row, new Source(null, null, insert.id()));
                rows.add(row);
            }
        }
        grid.showRows(resultColumns, rows);
        grid.setRowEditor(editable() ? this : null);
    }

    private int[] keyIndexes(List<ResultColumn> resultColumns) {
        if (!editable() || table.identity().kind() == RowIdentity.Kind.ROW_ID) {
            return null;
        }
        int[] indexes = new int[table.identity().columns().size()];
        for (int k = 0; k < indexes.length; k++) {
            String name = table.identity().columns().get(k);
            indexes[k] = -1;
            for (int c = 0; c < resultColumns.size(); c++) {
                if (resultColumns.get(c).label().equals(name)) {
                    indexes[k] = c;
                }
            }
            if (indexes[k] < 0) {
                return null;
            }
        }
        return indexes;
    }

    private RowKey key(TablePage page, int index, Object[] row, int[] keyIndexes) {
        if (editable() && table.identity().kind() == RowIdentity.Kind.ROW_ID) {
            return index < page.rowIds().size() ? RowKey.of(page.rowIds().get(index)) : null;
        }
        if (keyIndexes == null) {
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (int k : keyIndexes) {
            values.add(row[k]);
        }
        return new RowKey(values);
    }

    private int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null && columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + column + " in the grid.");
    }

    private Object[] insertedRow(Map<String, Object> values) {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            ColumnInfo c = columns.get(i);
            row[i] = c != null && values.containsKey(c.name()) ? values.get(c.name()) : DEFAULT;
        }
        return row;
    }

    @Override
    public boolean canEdit(Object[] row, int column) {
        Source source = sources.get(row);
        ColumnInfo info = column < columns.size() ? columns.get(column) : null;
        // Binary and multi-line values do not fit a one-line editor: a double-click shows them in the viewer.
        Object value = row[column];
        boolean oneLine = !(value instanceof byte[]) && !(value instanceof String text && text.indexOf('\n') >= 0);
        return editable() && !applying && source != null && info != null && !info.generated() && oneLine
                && (source.key() == null || !pending.isDeleted(source.key()));
    }

    @Override
    public String editText(Object[] row, int column) {
        Object value = row[column];
        if (value == null || value == DEFAULT) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HexFormat.of().withUpperCase().formatHex(bytes);
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    @Override
    public String commit(Object[] row, int column, String text) {
        return set(row, column, ColumnValues.parse(columns.get(column), text));
    }

    /** Sets the current cell of the selected rows to NULL; a NOT NULL column refuses. */
    void setNull() {
        int column = grid.currentColumn();
        for (Object[] row : selected()) {
            if (canEdit(row, column)) {
                if (set(row, column, ColumnValues.parse(columns.get(column), null)) != null) {
                    return;
                }
            }
        }
        grid.refreshRows();
    }

    private String set(Object[] row, int column, ParsedValue parsed) {
        if (!parsed.valid()) {
            message.accept(parsed.refusal());
            return parsed.refusal();
        }
        Source source = sources.get(row);
        String name = columns.get(column).name();
        Object value = parsed.value();
        if (source.insertId() > 0) {
            pending.set(pending.inserted(source.insertId()), name, value);
        } else if (Objects.deepEquals(value, source.original()[column])) {
            pending.revert(source.key(), name);
        } else {
            pending.update(source.key(), name, value);
        }
        row[column] = value;
        message.accept(null);
        changed.run();
        return null;
    }

    @Override
    public Color background(Object[] row, int column) {
        Source source = sources.get(row);
        if (source == null || pending == null) {
            return null;
        }
        if (row == failedRow) {
            return failedColor;
        }
        if (source.insertId() > 0) {
            return insertedColor;
        }
        if (source.key() == null) {
            return null;
        }
        if (pending.isDeleted(source.key())) {
            return deletedColor;
        }
        ColumnInfo info = columns.get(column);
        return info != null && pending.updated(source.key()).containsKey(info.name()) ? changedColor : null;
    }

    /** Adds an empty row (every column its default) and opens the editor on its first cell. */
    void addRow() {
        Object[] row = add(Map.of());
        int first = 0;
        while (first < columns.size() && !canEdit(row, first)) {
            first++;
        }
        grid.editCell(grid.rowCount() - 1, first);
    }

    /** Adds a copy of each selected row, without the values the database generates. */
    void duplicateSelected() {
        for (Object[] row : selected()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                ColumnInfo info = columns.get(c);
                if (info != null && !info.autoIncrement() && !info.generated() && row[c] != DEFAULT) {
                    values.put(info.name(), row[c]);
                }
            }
            add(values);
        }
    }

    private Object[] add(Map<String, Object> values) {
        RowChange.Insert insert = pending.insert(values);
        Object[] row = insertedRow(insert.values());
        sources.put(row, new Source(null, null, insert.id()));
        grid.addRow(row);
        changed.run();
        return row;
    }

    /** Marks the selected rows for deletion (again: takes the mark back); new rows are dropped at once. */
    void deleteSelected() {
        for (Object[] row : selected()) {
            Source source = sources.get(row);
            if (source == null) {
                continue;
            }
            if (source.insertId() > 0) {
                pending.remove(pending.inserted(source.insertId()));
                sources.remove(row);
                grid.removeRow(row);
            } else if (pending.isDeleted(source.key())) {
                pending.restore(source.key());
            } else {
                pending.delete(source.key());
                System.arraycopy(source.original(), 0, row, 0, row.length);
            }
        }
        grid.refreshRows();
        changed.run();
    }

    private List<Object[]> selected() {
        List<Object[]> rows = new ArrayList<>();
        int[] indexes = grid.table().getSelectionIndices();
        java.util.Arrays.sort(indexes);
        for (int index : indexes) {
            rows.add(grid.row(index));
        }
        return rows;
    }

    /** The statements applying would run, values as literals. */
    String previewSql() {
        return pending == null ? "" : pending.previewSql();
    }

    /**
     * Applies every pending change in one transaction, in a job. On success the changes are forgotten and
     * {@code onApplied} runs; on failure they are all kept and the failing row is marked with the reason.
     */
    void apply(Runnable onApplied) {
        if (pending == null || pending.isEmpty()) {
            onApplied.run();
            return;
        }
        List<RowChange> changes = pending.changes();
        ApplyChangesOperation[] operation = new ApplyChangesOperation[1];
        applying = true;
        changed.run();
        context.run(connection -> operation[0] = new ApplyChangesOperation(connection, table, changes), result -> {
            applying = false;
            pending.clear();
            failedRow = null;
            message.accept("Applied " + (result.changes() == 1 ? "1 change" : result.changes() + " changes") + ": "
                    + (result.rowsChanged() == 1 ? "1 row" : result.rowsChanged() + " rows") + " changed.");
            changed.run();
            onApplied.run();
        }, failure -> {
            applying = false;
            ChangeFailure failed = operation[0] == null ? null : operation[0].failure();
            if (failed != null) {
                failedRow = rowOf(failed.change());
                message.accept("Change " + (failed.index() + 1) + " of " + changes.size() + " ("
                        + operation[0].describe(failed.change()) + ") failed: " + failed.reason()
                        + (failed.reason().endsWith(".") ? "" : ".") + " Nothing was changed; the changes are kept.");
                revealFailedRow();
            } else {
                message.accept(failure.getMessage());
            }
            grid.refreshRows();
            changed.run();
        });
    }

    private Object[] rowOf(RowChange change) {
        for (Map.Entry<Object[], Source> e : sources.entrySet()) {
            Source s = e.getValue();
            boolean match = switch (change) {
                case RowChange.Insert i -> s.insertId() == i.id();
                case RowChange.Update u -> u.key().equals(s.key());
                case RowChange.Delete d -> d.key().equals(s.key());
            };
            if (match) {
                return e.getKey();
            }
        }
        return null;
    }

    private void revealFailedRow() {
        for (int i = 0; i < grid.rowCount(); i++) {
            if (grid.row(i) == failedRow) {
                grid.table().setSelection(i);
                grid.table().showSelection();
                return;
            }
        }
    }

    /** Whether a row is the one whose change failed in the last apply. */
    boolean isFailed(Object[] row) {
        return row != null && row == failedRow;
    }

    /** Forgets every pending change; the caller shows the rows again. */
    void discard() {
        if (pending != null) {
            pending.clear();
        }
        failedRow = null;
        message.accept(null);
        changed.run();
    }

    void dispose() {
        for (Color c : List.of(changedColor, insertedColor, deletedColor, failedColor)) {
            c.dispose();
        }
    }
}
