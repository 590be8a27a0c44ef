package velocity.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import velocity.core.metadata.ColumnInfo;
import velocity.core.spi.RowEditing;
import velocity.core.spi.SqlSyntax;

/**
 * Writes the statement of a change: names quoted by the dialect, every value a bound parameter. An UPDATE or
 * DELETE names its row by the table's identity only, so it can never reach more than that row; the number of
 * rows it changed is still checked when it runs.
 */
final class ChangeSql {

    private final EditableTable table;
    private final SqlSyntax syntax;
    private final RowEditing editing;
    private final String qualified;

    ChangeSql(EditableTable table) {
        this.table = table;
        this.syntax = table.dialect().syntax();
        this.editing = table.dialect().editing();
        this.qualified = syntax.qualify(table.schema().table().schema(), table.schema().table().name());
    }

    ChangeStatement statement(RowChange change) {
        Builder b = new Builder();
        switch (change) {
            case RowChange.Insert insert -> {
                if (insert.values().isEmpty()) {
                    String sql = editing.insertDefaults(qualified);
                    return new ChangeStatement(change, sql, List.of(), List.of(), sql, false);
                }
                b.text("INSERT INTO " + qualified + " (");
                b.text(String.join(", ", insert.values().keySet().stream().map(syntax::quote).toList()));
                b.text(") VALUES (");
                String separator = "";
                for (Map.Entry<String, Object> e : insert.values().entrySet()) {
                    b.text(separator).value(table.requireColumn(e.getKey()), e.getValue());
                    separator = ", ";
                }
                b.text(")");
                return b.build(change, false);
            }
            case RowChange.Update update -> {
                requireIdentity();
                b.text("UPDATE " + qualified + " SET ");
                String separator = "";
                for (Map.Entry<String, Object> e : update.values().entrySet()) {
                    b.text(separator + syntax.quote(e.getKey()) + " = ").value(table.requireColumn(e.getKey()), e.getValue());
                    separator = ", ";
                }
                where(b, update.key());
                return b.build(change, true);
            }
            case RowChange.Delete delete -> {
                requireIdentity();
                b.text("DELETE FROM " + qualified);
                where(b, delete.key());
                return b.build(change, true);
            }
        }
    }

    private void requireIdentity() {
        if (!table.identity().editable()) {
            throw new IllegalStateException(table.identity().readOnlyReason());
        }
    }

    private void where(Builder b, RowKey key) {
        List<ColumnInfo> keys = table.keyColumns();
        if (key.values().size() != keys.size()) {
            throw new IllegalArgumentException("The row key has " + key.values().size() + " values; "
                    + table.schema().table().ref() + " is identified by " + keys.size() + " columns.");
        }
        b.text(" WHERE ");
        for (int i = 0; i < keys.size(); i++) {
            ColumnInfo column = keys.get(i);
            if (key.values().get(i) == null) {
                throw new IllegalArgumentException("The row key value of " + column.name() + " is NULL: "
                        + "a NULL key does not identify a row.");
            }
            String name = table.identity().kind() == RowIdentity.Kind.ROW_ID ? column.name() : syntax.quote(column.name());
            b.text((i > 0 ? " AND " : "") + name + " = ").value(column, key.values().get(i));
        }
    }

    /** The executed SQL and its preview, written side by side. */
    private final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final StringBuilder preview = new StringBuilder();
        private final List<Object> values = new ArrayList<>();
        private final List<ColumnInfo> columns = new ArrayList<>();

        Builder text(String text) {
            sql.append(text);
            preview.append(text);
            return this;
        }

        Builder value(ColumnInfo column, Object value) {
            sql.append('?');
            preview.append(editing.literal(column, value));
            values.add(value);
            columns.add(column);
            return this;
        }

        ChangeStatement build(RowChange change, boolean singleRow) {
            return new ChangeStatement(change, sql.toString(), values, columns, preview.toString(), singleRow);
        }
    }
}
