package velocity.core.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.ResultColumn;
import velocity.core.query.RowPage;
import velocity.core.query.StatementResult;
import velocity.core.spi.ColumnReader;
import velocity.core.spi.Dialect;
import velocity.core.spi.ExecutionPolicy;

/**
 * A statement running on a connection borrowed from the pool, read result by result and page by page.
 * Only the rows of the page asked for are held; the rest stay in the server's cursor or the driver's
 * stream. Where the driver streams only inside a transaction, the statement runs in one that is committed
 * when the statement completes and rolled back when it fails or is cancelled.
 */
public final class JdbcQueryExecution implements QueryExecution {

    private static final int CANCEL_REPEATS = 20;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "Velocity statement timeouts");
        t.setDaemon(true);
        return t;
    });
    private static final long CANCEL_REPEAT_MILLIS = 250;

    private final Connection connection;
    private final QueryRequest request;
    private final ExecutionPolicy policy;
    private final Dialect dialect;
    private final ConnectionSettings settings;
    private final Consumer<QueryExecution> onClose;
    private final boolean returnsConnection;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final Monitor monitor;
    private final Monitor.Registration cancelRegistration;

    private Statement statement;
    private boolean managedTransaction;
    private boolean firstResultPending;
    private boolean firstHasRows;
    private Rows current;
    private boolean finished;
    private boolean failed;
    private volatile boolean cancelled;
    private volatile boolean executing;
    private volatile boolean timedOut;
    private boolean closed;
    private long executionMillis;

    /**
     * Prepares the execution; {@link #start()} sends the statement.
     *
     * @param connection a pooled connection that this execution closes
     * @param onClose called once the execution is closed (the active connection stops tracking it)
     */
    public JdbcQueryExecution(Connection connection, QueryRequest request, Dialect dialect, ConnectionSettings settings,
            Monitor monitor, Consumer<QueryExecution> onClose) {
        this(connection, true, request, dialect, settings, monitor, onClose);
    }

    /**
     * Prepares the execution on a connection that it closes or, when {@code returnsConnection} is false,
     * leaves open for the statements after it (a script's session state lives on one connection).
     */
    public JdbcQueryExecution(Connection connection, boolean returnsConnection, QueryRequest request, Dialect dialect,
            ConnectionSettings settings, Monitor monitor, Consumer<QueryExecution> onClose) {
        this.connection = connection;
        this.returnsConnection = returnsConnection;
        this.request = request;
        this.dialect = dialect;
        this.policy = dialect.execution();
        this.settings = settings;
        this.monitor = monitor;
        this.onClose = onClose;
        this.cancelRegistration = monitor.onCancel(this::cancel);
    }

    /**
     * Sends the statement and waits for its first result. Whoever tracks the execution (to cancel it on
     * disconnect) must know it before this call, since this is the call that blocks.
     */
    public synchronized void start() throws VelocityException {
        try {
            if (policy.streamsInTransactionOnly() && connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                managedTransaction = true;
            }
            statement = policy.createStatement(connection);
            policy.beforeExecute(statement, request.firstPageSize());
            // Marked as executing before the last look at the flag: a cancel that comes after the look
            // then repeats until the statement is back, and one that comes before it stops it here.
            executing = true;
            if (cancelled) {
                executing = false;
                throw new SQLException("cancelled before it started");
            }
            monitor.task("Running the statement on '" + settings.name() + "'", -1);
            long start = System.nanoTime();
            ScheduledFuture<?> timer = startTimer();
            try {
                firstHasRows = statement.execute(request.sql());
            } finally {
                executing = false;
                stopTimer(timer);
                executionMillis = (System.nanoTime() - start) / 1_000_000;
            }
            if (cancelled) {
                // MariaDB ends a killed SLEEP() normally; the user asked to stop, so it is a cancel all the same.
                throw new SQLException("cancelled");
            }
            firstResultPending = true;
            collectWarnings(statement.getWarnings());
        } catch (SQLException | RuntimeException e) {
            failed = true;
            VelocityException error = failure(e, "Running the statement");
            closeQuietly();
            throw error;
        }
    }

    @Override
    public synchronized StatementResult nextResult() throws VelocityException {
        ensureOpen();
        if (finished) {
            return null;
        }
        try {
            boolean hasRows;
            if (firstResultPending) {
                firstResultPending = false;
                hasRows = firstHasRows;
            } else {
                // Unread rows of the current result are skipped by the driver; stopping the statement here
                // (beforeAbandon) would also lose the results after it.
                hasRows = statement.getMoreResults();
            }
            current = null;
            if (hasRows) {
                current = new Rows(statement.getResultSet());
                return current;
            }
            long count = largeUpdateCount();
            if (count == -1) {
                finished = true;
                endTransaction(true);
                return null;
            }
            return new StatementResult.UpdateCount(count);
        } catch (SQLException | RuntimeException e) {
            failed = true;
            throw failure(e, "Reading the results");
        }
    }

    private long largeUpdateCount() throws SQLException {
        try {
            return statement.getLargeUpdateCount();
        } catch (UnsupportedOperationException | java.sql.SQLFeatureNotSupportedException e) {
            return statement.getUpdateCount();
        }
    }

    @Override
    public List<String> warnings() {
        synchronized (warnings) {
            return List.copyOf(warnings);
        }
    }

    @Override
    public void cancel() {
        cancelled = true;
        Statement s = statement;
        if (s == null) {
            return;
        }
        cancelOnce(s);
        if (executing) {
            // A cancel that reaches the server just before the statement does is lost (PostgreSQL ignores a
            // cancel request for an idle session), so repeat it until the statement has come back.
            Thread repeater = new Thread(() -> {
                for (int i = 0; i < CANCEL_REPEATS && executing; i++) {
                    try {
                        Thread.sleep(CANCEL_REPEAT_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (executing) {
                        cancelOnce(s);
                    }
                }
            }, "Velocity cancel: " + settings.name());
            repeater.setDaemon(true);
            repeater.start();
        }
    }

    /**
     * Starts the statement timeout. Velocity times statements itself rather than through
     * {@link Statement#setQueryTimeout}, which SQLite ignores for running statements and MariaDB answers by
     * ending a SLEEP() normally.
     */
    private ScheduledFuture<?> startTimer() {
        if (request.timeoutSeconds() <= 0) {
            return null;
        }
        return TIMER.schedule(() -> {
            timedOut = true;
            cancel();
        }, request.timeoutSeconds(), TimeUnit.SECONDS);
    }

    private static void stopTimer(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private void cancelOnce(Statement s) {
        try {
            policy.cancel(s);
        } catch (SQLException | RuntimeException e) {
            // Already finished or closed: the cancel has nothing to stop.
        }
    }

    @Override
    public long executionMillis() {
        return executionMillis;
    }

    @Override
    public synchronized void close() throws VelocityException {
        if (closed) {
            return;
        }
        SQLException problem = null;
        try {
            if (current != null && !current.exhausted && !failed) {
                policy.beforeAbandon(statement);
            }
        } catch (SQLException e) {
            // The statement may have finished meanwhile; closing follows anyway.
        }
        try {
            endTransaction(!failed && !cancelled);
        } catch (SQLException e) {
            problem = e;
        }
        closeQuietly();
        if (problem != null) {
            throw Errors.translate(problem, dialect.errors(), settings, null, "Ending the transaction");
        }
    }

    private void endTransaction(boolean commit) throws SQLException {
        if (!managedTransaction) {
            return;
        }
        managedTransaction = false;
        try {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void closeQuietly() {
        closed = true;
        cancelRegistration.close();
        try {
            if (managedTransaction) {
                managedTransaction = false;
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // The pool resets a connection whose state is unknown.
        }
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            // Closing a cancelled statement may complain; the connection is closed next anyway.
        }
        if (returnsConnection) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Returned to the pool whatever happens.
            }
        }
        onClose.accept(this);
    }

    private void ensureOpen() throws VelocityException {
        if (closed) {
            throw new VelocityException(ErrorKind.OTHER, "This statement's results were closed.");
        }
    }

    private VelocityException failure(Throwable e, String action) {
        if (timedOut) {
            return new VelocityException(ErrorKind.TIMEOUT, "Connection '" + settings.name()
                    + "': the statement ran longer than its timeout of " + request.timeoutSeconds()
                    + " s and was stopped.", settings.name(), null, 0, -1, e);
        }
        if (cancelled) {
            return new VelocityException(ErrorKind.CANCELLED, "Connection '" + settings.name()
                    + "': the statement was cancelled.", settings.name(), null, 0, -1, e);
        }
        return Errors.translate(e, dialect.errors(), settings, request.sql(), action);
    }

    private void collectWarnings(SQLWarning warning) {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            if (!warnings.contains(w.getMessage())) {
                warnings.add(w.getMessage());
            }
        }
    }

    /** The rows of the current result set. */
    private final class Rows implements StatementResult.Rows {
        private final ResultSet resultSet;
        private final List<ResultColumn> columns;
        private final ColumnReader[] readers;
        private long fetched;
        private boolean exhausted;
        private boolean firstPageRead;

        Rows(ResultSet resultSet) throws SQLException {
            this.resultSet = resultSet;
            this.columns = ValueReader.columns(resultSet.getMetaData());
            this.readers = ValueReader.readers(resultSet, columns, dialect.values());
        }

        @Override
        public List<ResultColumn> columns() {
            return columns;
        }

        @Override
        public RowPage fetch(int maxRows) throws VelocityException {
            synchronized (JdbcQueryExecution.this) {
                ensureOpen();
                if (current != this) {
                    throw new VelocityException(ErrorKind.OTHER, "These rows were left for the next result.");
                }
                List<Object[]> rows = new ArrayList<>(Math.min(maxRows, 10_000));
                ScheduledFuture<?> timer = startTimer();
                try {
                    while (!exhausted && rows.size() < maxRows) {
                        if (cancelled) {
                            throw new SQLException("cancelled");
                        }
                        if (resultSet.next()) {
                            rows.add(ValueReader.row(resultSet, readers));
                        } else {
                            exhausted = true;
                            // Some drivers (Connector/J) learn of warnings only at the end of a streamed result.
                            collectWarnings(resultSet.getWarnings());
                            collectWarnings(statement.getWarnings());
                        }
                    }
                    if (!firstPageRead && !exhausted) {
                        firstPageRead = true;
                        policy.afterFirstPage(resultSet);
                    }
                } catch (SQLException | RuntimeException e) {
                    failed = true;
                    throw failure(e, "Reading the rows");
                } finally {
                    stopTimer(timer);
                }
                fetched += rows.size();
                return new RowPage(rows, exhausted);
            }
        }

        @Override
        public long rowsFetched() {
            return fetched;
        }

        @Override
        public boolean exhausted() {
            return exhausted;
        }
    }
}
