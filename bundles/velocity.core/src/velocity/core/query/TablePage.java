package velocity.core.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a table's rows.
 *
 * @param columns the columns of the rows
 * @param rows the rows
 * @param keyColumns the columns the rows are identified by (the primary key), empty when the table has none
 * @param hasMore whether rows follow this page
 * @param exactCount the number of rows (those the filter keeps) when it was asked for, else -1
 * @param seekColumns the columns the rows are ordered by, whose values in the last row let the next page seek
 *            past it (the sort's columns, then the key's); empty when the page can only be reached by its
 *            number (no primary key, or a sort on a column that may be NULL)
 * @param rowIds the dialect's row id of each row, in row order, when the table is identified by it (a SQLite
 *            table without a key, see {@link velocity.core.edit.RowIdentity}); else empty
 */
public record TablePage(List<ResultColumn> columns, List<Object[]> rows, List<String> keyColumns, boolean hasMore,
        long exactCount, List<String> seekColumns, List<Object> rowIds) {

    public TablePage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        keyColumns = List.copyOf(keyColumns);
        seekColumns = List.copyOf(seekColumns);
        rowIds = List.copyOf(rowIds);
    }

    /** A page without row ids. */
    public TablePage(List<ResultColumn> columns, List<Object[]> rows, List<String> keyColumns, boolean hasMore,
            long exactCount, List<String> seekColumns) {
        this(columns, rows, keyColumns, hasMore, exactCount, seekColumns, List.of());
    }

    /** A page in primary-key order, which is also the order it seeks by. */
    public TablePage(List<ResultColumn> columns, List<Object[]> rows, List<String> keyColumns, boolean hasMore,
            long exactCount) {
        this(columns, rows, keyColumns, hasMore, exactCount, keyColumns, List.of());
    }

    /**
     * The values of the {@link #seekColumns()} in the last row, to ask for the next page with keyset paging;
     * {@code null} when the page cannot seek or is empty.
     */
    public List<Object> lastKey() {
        if (seekColumns.isEmpty() || rows.isEmpty()) {
            return null;
        }
        Object[] last = rows.get(rows.size() - 1);
        List<Object> key = new ArrayList<>();
        for (String k : seekColumns) {
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
