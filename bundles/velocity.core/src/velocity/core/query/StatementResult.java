package velocity.core.query;

import java.util.List;

import velocity.core.VelocityException;

/** One result of an executed statement: rows, or a count of changed rows. */
public sealed interface StatementResult permits StatementResult.Rows, StatementResult.UpdateCount {

    /**
     * Rows that are read on demand. Only the rows asked for are in memory; the rest wait in the server's
     * cursor or the driver's stream.
     */
    non-sealed interface Rows extends StatementResult {

        List<ResultColumn> columns();

        /**
         * The next rows, at most {@code maxRows} of them. Blocks while the server sends them; cancel through
         * the execution's monitor.
         */
        RowPage fetch(int maxRows) throws VelocityException;

        /** How many rows have been fetched so far. */
        long rowsFetched();

        /** Whether the last row has been fetched. */
        boolean exhausted();
    }

    /** How many rows a statement changed. */
    record UpdateCount(long count) implements StatementResult {
    }
}
