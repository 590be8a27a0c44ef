package velocity.core.internal.sample;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import velocity.core.Monitor;
import velocity.core.spi.SqlSession;

/**
 * Batched inserts into several tables at once. A flush sends every table's pending rows in the order the
 * tables were opened, parents before children, so that each foreign key finds the row it references even
 * though rows of a parent and of its children are added in turns. Between flushes the monitor hears the
 * progress and may stop the work.
 */
final class Inserts {

    /** Rows per round trip: more gains little with SQLite, fewer makes cancel and progress coarser for nothing. */
    private static final int BATCH_ROWS = 2_000;

    /** An open INSERT into one table. */
    final class Table {
        private final PreparedStatement statement;
        private final int columns;

        private Table(PreparedStatement statement, int columns) {
            this.statement = statement;
            this.columns = columns;
        }

        /** Adds a row, one value per column in the order the table was opened with. */
        void add(Object... values) throws SQLException {
            if (values.length != columns) {
                throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
            }
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++pendingRows >= BATCH_ROWS) {
                flush();
            }
        }
    }

    private final SqlSession session;
    private final Monitor monitor;
    private final List<Table> tables = new ArrayList<>();
    private int pendingRows;
    private long pendingWork;
    private long rows;

    Inserts(SqlSession session) {
        this.session = session;
        this.monitor = session.monitor();
    }

    /** Opens an INSERT into {@code table}; tables that others reference are opened first. */
    Table table(String table, String... columns) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        Table t = new Table(session.prepare(sql), columns.length);
        tables.add(t);
        return t;
    }

    /** Units of the monitor's work done; reported with the next flush. */
    void worked(long units) {
        pendingWork += units;
    }

    /** The rows sent so far. */
    long rows() {
        return rows;
    }

    /**
     * Sends every pending row.
     *
     * @throws SQLException with SQLState 57014 when the monitor was cancelled
     */
    void flush() throws SQLException {
        for (Table t : tables) {
            t.statement.executeBatch();
        }
        rows += pendingRows;
        pendingRows = 0;
        monitor.worked(pendingWork);
        pendingWork = 0;
        if (monitor.isCancelled()) {
            // Statements are interrupted only while they run; a cancel between two batches lands here.
            throw new SQLException("The sample database's generation was cancelled.", "57014");
        }
    }
}
