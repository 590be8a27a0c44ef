package velocity.dialect.postgresql.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import velocity.core.Monitor;
import velocity.core.export.ExportOptions;
import velocity.core.export.Quoting;
import velocity.core.spi.CopyExport;
import velocity.core.spi.SqlSession;

/**
 * CSV written by the server: {@code COPY (query) TO STDOUT WITH (FORMAT csv, ...)} through pgjdbc's copy
 * API, as fast as psql's {@code \copy}. The rows arrive one message each, so they are counted as they are
 * written and a cancel between two of them stops the copy; a cancel while the server is still computing
 * the first row reaches it through a cancel request.
 */
final class PostgresCopyExport implements CopyExport {

    private static final int PROGRESS_EVERY = 1_000;
    private static final int CANCEL_REPEATS = 20;
    private static final long CANCEL_REPEAT_MILLIS = 250;

    /**
     * COPY quotes the fields that need it or, with FORCE_QUOTE *, all but NULL; it cannot tell numbers from
     * other text, and it ends lines with LF only.
     */
    @Override
    public boolean supports(String format, ExportOptions options) {
        return "csv".equals(format) && "\n".equals(options.lineEnding())
                && (options.quoting() == Quoting.MINIMAL || options.quoting() == Quoting.ALL);
    }

    @Override
    public long copy(SqlSession session, String format, String query, ExportOptions options, OutputStream out,
            LongConsumer progress) throws SQLException, IOException {
        PGConnection pg = session.connection().unwrap(PGConnection.class);
        Monitor monitor = session.monitor();
        AtomicBoolean running = new AtomicBoolean(true);
        // Registered before the COPY is sent: the server buffers its first answer until the first rows are
        // ready, so a query that is slow to start would otherwise be out of reach until then.
        try (Monitor.Registration cancel = monitor.onCancel(() -> cancel(pg, running))) {
            CopyOut copy = pg.getCopyAPI().copyOut(statement(query, options));
            try {
                return read(copy, options, out, progress, monitor);
            } finally {
                if (copy.isActive()) {
                    try {
                        copy.cancelCopy();
                    } catch (SQLException e) {
                        // Ending a copy that failed: the error that ended it is the one to report.
                    }
                }
            }
        } finally {
            running.set(false);
        }
    }

    private static long read(CopyOut copy, ExportOptions options, OutputStream out, LongConsumer progress,
            Monitor monitor) throws SQLException, IOException {
        long messages = 0;
        long reported = 0;
        for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy()) {
            out.write(row);
            messages++;
            if (messages % PROGRESS_EVERY == 0) {
                if (monitor.isCancelled()) {
                    throw new SQLException("cancelled", "57014");
                }
                long rows = rows(messages, options);
                progress.accept(rows - reported);
                reported = rows;
            }
        }
        if (monitor.isCancelled()) {
            throw new SQLException("cancelled", "57014");
        }
        long rows = rows(messages, options);
        progress.accept(rows - reported);
        return rows;
    }

    private static long rows(long messages, ExportOptions options) {
        return options.header() ? Math.max(0, messages - 1) : messages;
    }

    /**
     * Sends cancel requests until the copy has ended: PostgreSQL ignores one that arrives before the COPY
     * starts on the server, so a single request could be lost.
     */
    private static void cancel(PGConnection pg, AtomicBoolean running) {
        Thread repeater = new Thread(() -> {
            for (int i = 0; i < CANCEL_REPEATS && running.get(); i++) {
                try {
                    pg.cancelQuery();
                    Thread.sleep(CANCEL_REPEAT_MILLIS);
                } catch (SQLException e) {
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "Velocity COPY cancel");
        repeater.setDaemon(true);
        repeater.start();
    }

    static String statement(String query, ExportOptions options) {
        StringBuilder sql = new StringBuilder("COPY (").append(stripTerminator(query))
                .append(") TO STDOUT WITH (FORMAT csv, HEADER ").append(options.header())
                .append(", DELIMITER ").append(literal(String.valueOf(options.delimiter())))
                .append(", NULL ").append(literal(options.nullText()));
        if (options.quoting() == Quoting.ALL) {
            sql.append(", FORCE_QUOTE *");
        }
        return sql.append(')').toString();
    }

    /** The query without the semicolons and blanks that end it; inside COPY (...) they are a syntax error. */
    private static String stripTerminator(String query) {
        String q = query.strip();
        while (q.endsWith(";")) {
            q = q.substring(0, q.length() - 1).strip();
        }
        return q;
    }

    /** A string literal; with standard_conforming_strings (on since PostgreSQL 9.1) only quotes need doubling. */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
