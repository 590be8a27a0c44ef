package velocity.core.query;

import java.util.List;

/**
 * A page of a table's rows.
 *
 * @param columns the columns of the rows
 * @param rows the rows
 * @param keyColumns the columns the rows are ordered and identified by (the primary key), empty when the
 *            table has none and the order is the database's
 * @param hasMore whether rows follow this page
 * @param exactCount the table's row count when it was asked for, else -1
 * @param rowIds the dialect's row id of each row, in row order, when the table is identified by it (a SQLite
 *            table without a key, see {@link velocity.core.edit.RowIdentity}); else empty
 */
public record TablePage(List<ResultColumn> columns, List<Object[]> rows, List<String> keyColumns, boolean hasMore,
        long exactCount, List<Object> rowIds) {

    public TablePage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        keyColumns = List.copyOf(keyColumns);
        rowIds = List.copyOf(rowIds);
    }

    /** A page without row ids. */
    public TablePage(List<ResultColumn> columns, List<Object[]> rows, List<String> keyColumns, boolean hasMore,
            long exactCount) {
        this(columns, rows, keyColumns, hasMore, exactCount, List.of());
    }

    /** The key of the last row, to ask for the next page with keyset paging; {@code null} without a key. */
    public List<Object> lastKey() {
        if (keyColumns.isEmpty() || rows.isEmpty()) {
            return null;
        }
        Object[] last = rows.get(rows.size() - 1);
        List<Object> key = new java.util.ArrayList<>();
        for (String k : keyColumns) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).label().equals(k)) {
                    key.add(last[i]);
                    break;
                }
            }
        }
        return key;
    }
}
