package velocity.core.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes made to a table and not yet applied: inserted rows, changed cells of existing rows (one
 * {@link RowChange.Update} per row, named by its key) and deleted rows, in the order they were first made,
 * which is the order they are applied in. Deleting a row drops its changed cells. Not thread-safe: one owner
 * (the UI thread, a command) changes it; {@link #changes()} is a snapshot to apply elsewhere.
 */
public final class PendingChanges {

    private final EditableTable table;
    private final LinkedHashMap<Object, RowChange> changes = new LinkedHashMap<>();
    private long nextInsertId = 1;

    public PendingChanges(EditableTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    public EditableTable table() {
        return table;
    }

    /** Adds a new row with these values (the others take their defaults) and returns it. */
    public RowChange.Insert insert(Map<String, Object> values) {
        values.keySet().forEach(table::requireColumn);
        RowChange.Insert insert = new RowChange.Insert(nextInsertId++, values);
        changes.put(insert.id(), insert);
        return insert;
    }

    /** Sets a value of an inserted row; returns the row as it is now. */
    public RowChange.Insert set(RowChange.Insert row, String column, Object value) {
        table.requireColumn(column);
        RowChange.Insert current = inserted(row.id());
        Map<String, Object> values = new LinkedHashMap<>(current.values());
        values.put(column, value);
        RowChange.Insert changed = new RowChange.Insert(row.id(), values);
        changes.put(row.id(), changed);
        return changed;
    }

    /** The inserted row of this id, as it is now. */
    public RowChange.Insert inserted(long id) {
        if (!(changes.get(id) instanceof RowChange.Insert insert)) {
            throw new IllegalArgumentException("No inserted row " + id + " is pending.");
        }
        return insert;
    }

    /** Drops an inserted row. */
    public void remove(RowChange.Insert row) {
        changes.remove(row.id());
    }

    /** Sets a cell of an existing row. */
    public void update(RowKey key, String column, Object value) {
        requireEditable();
        table.requireColumn(column);
        if (changes.get(key) instanceof RowChange.Delete) {
            throw new IllegalStateException("The row " + key.values() + " is to be deleted; restore it to change it.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (changes.get(key) instanceof RowChange.Update update) {
            values.putAll(update.values());
        }
        values.put(column, value);
        changes.put(key, new RowChange.Update(key, values));
    }

    /** Undoes the change of a cell of an existing row. */
    public void revert(RowKey key, String column) {
        if (changes.get(key) instanceof RowChange.Update update) {
            Map<String, Object> values = new LinkedHashMap<>(update.values());
            values.remove(column);
            if (values.isEmpty()) {
                changes.remove(key);
            } else {
                changes.put(key, new RowChange.Update(key, values));
            }
        }
    }

    /** The changed cells of an existing row, by column; empty when none. */
    public Map<String, Object> updated(RowKey key) {
        return changes.get(key) instanceof RowChange.Update update ? update.values() : Map.of();
    }

    /** Marks an existing row for deletion, dropping its changed cells. */
    public void delete(RowKey key) {
        requireEditable();
        if (!(changes.get(key) instanceof RowChange.Delete)) {
            changes.remove(key);
            changes.put(key, new RowChange.Delete(key));
        }
    }

    /** Takes back the deletion of a row. */
    public void restore(RowKey key) {
        if (changes.get(key) instanceof RowChange.Delete) {
            changes.remove(key);
        }
    }

    public boolean isDeleted(RowKey key) {
        return changes.get(key) instanceof RowChange.Delete;
    }

    /** The inserted rows, in the order they were added. */
    public List<RowChange.Insert> inserts() {
        List<RowChange.Insert> inserts = new ArrayList<>();
        for (RowChange c : changes.values()) {
            if (c instanceof RowChange.Insert i) {
                inserts.add(i);
            }
        }
        return inserts;
    }

    /** Every pending change in the order it is applied: a snapshot. */
    public List<RowChange> changes() {
        return Collections.unmodifiableList(new ArrayList<>(changes.values()));
    }

    public int size() {
        return changes.size();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Forgets every change (after they were applied, or to discard them). */
    public void clear() {
        changes.clear();
    }

    /** The statements that apply the pending changes, in order. */
    public List<ChangeStatement> statements() {
        return statements(table, changes());
    }

    /** The statements that apply these changes to a table, in order. */
    public static List<ChangeStatement> statements(EditableTable table, List<RowChange> changes) {
        ChangeSql sql = new ChangeSql(table);
        return changes.stream().map(sql::statement).toList();
    }

    /**
     * The statements with their values as literals, one per line and each ended by {@code ;}: what applying
     * runs, for reading and copying (applying binds the values instead).
     */
    public String previewSql() {
        StringBuilder text = new StringBuilder();
        for (ChangeStatement s : statements()) {
            text.append(s.preview()).append(";\n");
        }
        return text.toString();
    }

    private void requireEditable() {
        if (!table.identity().editable()) {
            throw new IllegalStateException(table.identity().readOnlyReason());
        }
    }
}
