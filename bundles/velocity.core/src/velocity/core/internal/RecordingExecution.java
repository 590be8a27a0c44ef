package velocity.core.internal;

import java.time.Instant;
import java.util.List;

import velocity.core.VelocityException;
import velocity.core.history.HistoryEntry;
import velocity.core.history.QueryHistory;
import velocity.core.query.QueryExecution;
import velocity.core.query.ResultColumn;
import velocity.core.query.RowPage;
import velocity.core.query.StatementResult;

/**
 * An execution that adds its statement to the query history once, as soon as its outcome is known: after the
 * first page of its first rows (a grid keeps the rest waiting, maybe for long), after its last result, at a
 * failure, or when it is closed, whichever comes first.
 */
public final class RecordingExecution implements QueryExecution {

    private final QueryExecution delegate;
    private final QueryHistory history;
    private final String connection;
    private final String sql;
    private final Instant started;
    private long counted;
    private boolean recorded;
    private boolean rowsUnread;

    /** What starts a statement: an exception it throws is the statement's failure. */
    @FunctionalInterface
    public interface Start {
        QueryExecution run() throws VelocityException;
    }

    /**
     * Starts a statement and returns its execution, recorded in the history unless recording is off: every way
     * of running SQL (a single statement, each statement of a script) passes here.
     */
    public static QueryExecution execute(QueryHistory history, String connection, String sql, Start start)
            throws VelocityException {
        if (history == null || !history.isRecording()) {
            return start.run();
        }
        Instant started = Instant.now();
        long begin = System.nanoTime();
        try {
            return new RecordingExecution(start.run(), history, connection, sql, started);
        } catch (VelocityException | RuntimeException e) {
            history.record(HistoryEntry.failed(connection, started, (System.nanoTime() - begin) / 1_000_000,
                    e.getMessage(), sql));
            throw e;
        }
    }

    private RecordingExecution(QueryExecution delegate, QueryHistory history, String connection, String sql,
            Instant started) {
        this.delegate = delegate;
        this.history = history;
        this.connection = connection;
        this.sql = sql;
        this.started = started;
    }

    @Override
    public StatementResult nextResult() throws VelocityException {
        StatementResult result;
        try {
            result = delegate.nextResult();
        } catch (VelocityException | RuntimeException e) {
            failed(e);
            throw e;
        }
        if (result == null) {
            succeeded(counted, false);
            return null;
        }
        return switch (result) {
            case StatementResult.UpdateCount count -> {
                counted += Math.max(0, count.count());
                yield count;
            }
            case StatementResult.Rows rows -> {
                rowsUnread = true;
                yield new RecordingRows(rows);
            }
        };
    }

    @Override
    public List<String> warnings() {
        return delegate.warnings();
    }

    @Override
    public void cancel() {
        delegate.cancel();
    }

    @Override
    public long executionMillis() {
        return delegate.executionMillis();
    }

    @Override
    public void close() throws VelocityException {
        try {
            delegate.close();
        } catch (VelocityException | RuntimeException e) {
            failed(e);
            throw e;
        }
        // Rows handed out and never read: how many there were is unknown.
        succeeded(rowsUnread ? -1 : counted, false);
    }

    private synchronized void succeeded(long rows, boolean more) {
        if (!recorded) {
            recorded = true;
            history.record(HistoryEntry.succeeded(connection, started, delegate.executionMillis(), rows, more, sql));
        }
    }

    private synchronized void failed(Exception e) {
        if (!recorded) {
            recorded = true;
            history.record(HistoryEntry.failed(connection, started, delegate.executionMillis(), e.getMessage(), sql));
        }
    }

    private final class RecordingRows implements StatementResult.Rows {
        private final StatementResult.Rows rows;

        RecordingRows(StatementResult.Rows rows) {
            this.rows = rows;
        }

        @Override
        public List<ResultColumn> columns() {
            return rows.columns();
        }

        @Override
        public RowPage fetch(int maxRows) throws VelocityException {
            RowPage page;
            try {
                page = rows.fetch(maxRows);
            } catch (VelocityException | RuntimeException e) {
                failed(e);
                throw e;
            }
            succeeded(counted + rows.rowsFetched(), !page.last());
            return page;
        }

        @Override
        public long rowsFetched() {
            return rows.rowsFetched();
        }

        @Override
        public boolean exhausted() {
            return rows.exhausted();
        }
    }
}
