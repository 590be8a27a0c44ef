package velocity.core.export;

import java.util.List;
import java.util.Objects;

import velocity.core.metadata.TableRef;
import velocity.core.query.ResultColumn;

/** What an export reads: a table, the result of a query, or rows already fetched. */
public sealed interface ExportSource permits ExportSource.Table, ExportSource.Query, ExportSource.Rows {

    /** Every row of a table or view, read with {@code SELECT *}. */
    record Table(TableRef table) implements ExportSource {
        public Table {
            Objects.requireNonNull(table, "table");
        }
    }

    /** The rows of a query, run again for the export and streamed. */
    record Query(String sql) implements ExportSource {
        public Query {
            if (sql == null || sql.isBlank()) {
                throw new IllegalArgumentException("The SQL text is empty.");
            }
        }
    }

    /**
     * Rows already fetched, as a result grid holds them. No database is read.
     *
     * @param columns the columns
     * @param rows the rows, each with one value per column; iterated once
     */
    record Rows(List<ResultColumn> columns, Iterable<Object[]> rows) implements ExportSource {
        public Rows {
            columns = List.copyOf(columns);
            Objects.requireNonNull(rows, "rows");
        }
    }
}
