package velocity.ui.export.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.core.export.ExportSource;
import velocity.core.metadata.TableRef;
import velocity.core.query.ResultColumn;
import velocity.ui.grid.ResultGrid;

/**
 * What the user asked to export: a table, or what a result grid shows (its query, to run again, and the rows
 * it has fetched). The fetched rows are copied when the command runs, so the export is not disturbed by the
 * grid fetching or sorting meanwhile; a grid holds at most its row cap.
 *
 * @param connectionName the saved connection, or {@code null} for rows without one
 * @param table the table, or {@code null} for a result
 * @param query the query a result came from, or {@code null} when it cannot be run again
 * @param columns a result's columns
 * @param fetched a result's fetched rows, in the grid's order
 * @param complete whether the fetched rows are the whole result
 */
record ExportSubject(String connectionName, TableRef table, String query, List<ResultColumn> columns,
        List<Object[]> fetched, boolean complete) {

    static ExportSubject table(String connectionName, TableRef table) {
        return new ExportSubject(connectionName, table, null, List.of(), List.of(), false);
    }

    /** What a grid shows; called on the UI thread. */
    static ExportSubject grid(ResultGrid grid) {
        return new ExportSubject(grid.connectionName(), null, grid.query(), grid.columns(),
                new ArrayList<>(grid.rows(0, grid.rowCount())), grid.isExhausted());
    }

    boolean isTable() {
        return table != null;
    }

    /** The source: the table, the query run again ({@code rerun}), or the fetched rows. */
    ExportSource source(boolean rerun) {
        if (table != null) {
            return new ExportSource.Table(table);
        }
        return rerun ? new ExportSource.Query(query) : new ExportSource.Rows(columns, fetched);
    }

    /** Whether the source needs the connection. */
    boolean needsConnection(boolean rerun) {
        return table != null || rerun;
    }

    /** A file name without extension to propose. */
    String baseName() {
        return table != null ? table.name() : "result";
    }

    /** One line about it, for the dialog. */
    String describe() {
        if (table != null) {
            return "Table " + table + " of '" + connectionName + "'";
        }
        return "The result of a query" + (connectionName == null ? "" : " on '" + connectionName + "'");
    }
}
