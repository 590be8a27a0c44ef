package velocity.bench.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.ExecuteQueryOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.RowPage;
import velocity.core.query.StatementResult;

/**
 * The query measurements: the first page, abandoning the rest, and the full scan, each through Velocity's
 * QueryExecution and through raw JDBC in the same loop. Only counts are kept, so a scan of a million rows
 * fits in a small heap. The first pass of every loop is a warm-up and is not recorded.
 */
final class QueryMeasurements {

    static final int FIRST_PAGE = QueryRequest.DEFAULT_PAGE_SIZE;
    static final int SCAN_PAGE = 10_000;

    private final Target target;
    private final ActiveConnection velocity;
    private final DataSource raw;
    private final int runs;
    private final Monitor monitor;

    QueryMeasurements(Target target, ActiveConnection velocity, DataSource raw, int runs, Monitor monitor) {
        this.target = target;
        this.velocity = velocity;
        this.raw = raw;
        this.runs = runs;
        this.monitor = monitor;
    }

    /** The first page of both tables, and closing the big table's query right after its first page. */
    List<Figure> firstPage() throws VelocityException, SQLException {
        String big = "SELECT * FROM " + target.table(Datasets.ROWS_TABLE);
        String small = "SELECT * FROM " + target.table(Datasets.ROWS_10K_TABLE);
        Samples vBig = new Samples(runs), rBig = new Samples(runs), vClose = new Samples(runs),
                rClose = new Samples(runs), vSmall = new Samples(runs), rSmall = new Samples(runs);
        try (Connection c = raw.getConnection()) {
            target.raw().prepare(c);
            for (int run = -1; run < runs; run++) {
                monitor.checkCancelled("The benchmark");
                long[] v = velocityFirstPage(big);
                long[] r = rawFirstPage(c, big);
                long[] vs = velocityFirstPage(small);
                long[] rs = rawFirstPage(c, small);
                if (run >= 0) {
                    vBig.add(v[0], v[1]);
                    vClose.add(v[1], v[2]);
                    rBig.add(r[0], r[1]);
                    rClose.add(r[1], r[2]);
                    vSmall.add(vs[0], vs[1]);
                    rSmall.add(rs[0], rs[1]);
                }
            }
        }
        String growth = String.format(Locale.ROOT, "1M-row median is %.2fx the 10k-row one", vBig.median()
                / vSmall.median());
        String id = target.id();
        return List.of(
                new Figure(id, "first_page_1m", "first page, 1M rows", vBig, rBig, Goal.atMostMillis(50), growth),
                new Figure(id, "first_page_10k", "first page, 10k rows", vSmall, rSmall, Goal.atMostMillis(50), null),
                new Figure(id, "abandon", "abandon after 1st page", vClose, rClose, Goal.atMostMillis(100),
                        "baseline: closing the raw ResultSet and Statement"));
    }

    /** Every row of the big table, pages of {@value #SCAN_PAGE}, against the raw streaming loop. */
    Figure fullScan() throws VelocityException, SQLException {
        String sql = "SELECT * FROM " + target.table(Datasets.ROWS_TABLE);
        Samples v = new Samples(runs);
        Samples r = new Samples(runs);
        long[] counts = new long[4];
        try (Connection c = raw.getConnection()) {
            target.raw().prepare(c);
            for (int run = -1; run < runs; run++) {
                monitor.checkCancelled("The benchmark");
                System.gc();
                long start = System.nanoTime();
                velocityScan(sql, counts);
                long middle = System.nanoTime();
                System.gc();
                long rawStart = System.nanoTime();
                rawScan(c, sql, counts);
                long end = System.nanoTime();
                if (run >= 0) {
                    v.add(start, middle);
                    r.add(rawStart, end);
                }
            }
        }
        if (counts[0] != counts[2] || counts[1] != counts[3] || counts[0] != Datasets.ROWS * (runs + 1)) {
            throw new IllegalStateException(target.id() + ": the full scans disagree: Velocity read " + counts[0]
                    + " rows and " + counts[1] + " values, raw JDBC " + counts[2] + " rows and " + counts[3]
                    + " values.");
        }
        String notes = String.format(Locale.ROOT, "%,d rows and %,d non-null values per scan on both sides",
                Datasets.ROWS, counts[1] / (runs + 1));
        return new Figure(target.id(), "full_scan", "full scan, 1M rows", v, r, Goal.atMostRatio(1.25), notes);
    }

    /** Times to the first page and to the closed execution: {start, first page read, closed}. */
    private long[] velocityFirstPage(String sql) throws VelocityException {
        long start = System.nanoTime();
        long firstPage;
        try (QueryExecution execution = new ExecuteQueryOperation(velocity, QueryRequest.of(sql)).run(monitor)) {
            RowPage page = rows(execution).fetch(FIRST_PAGE);
            firstPage = System.nanoTime();
            expectFullPage(page.rows().size());
        }
        return new long[] {start, firstPage, System.nanoTime()};
    }

    /** Times to the first page and to the closed statement; the close is timed, so it is not a resource. */
    private long[] rawFirstPage(Connection connection, String sql) throws SQLException {
        long start = System.nanoTime();
        long firstPage;
        long closed;
        Statement s = target.raw().statement(connection, FIRST_PAGE);
        try {
            ResultSet rs = s.executeQuery(sql);
            int columns = rs.getMetaData().getColumnCount();
            int rows = 0;
            while (rows < FIRST_PAGE && rs.next()) {
                readRow(rs, columns);
                rows++;
            }
            firstPage = System.nanoTime();
            expectFullPage(rows);
            rs.close();
            s.close();
            closed = System.nanoTime();
        } finally {
            s.close();
        }
        target.raw().endQuery(connection);
        return new long[] {start, firstPage, closed};
    }

    /** Adds the rows and non-null values read to {@code counts[0]} and {@code counts[1]}. */
    private void velocityScan(String sql, long[] counts) throws VelocityException {
        try (QueryExecution execution = new ExecuteQueryOperation(velocity, new QueryRequest(sql, SCAN_PAGE, 0))
                .run(monitor)) {
            StatementResult.Rows rows = rows(execution);
            RowPage page;
            do {
                page = rows.fetch(SCAN_PAGE);
                for (Object[] row : page.rows()) {
                    counts[0]++;
                    for (Object value : row) {
                        counts[1] += value == null ? 0 : 1;
                    }
                }
            } while (!page.last());
        }
    }

    /** Adds the rows and non-null values read to {@code counts[2]} and {@code counts[3]}. */
    private void rawScan(Connection connection, String sql, long[] counts) throws SQLException {
        try (Statement s = target.raw().statement(connection, SCAN_PAGE); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                counts[2]++;
                counts[3] += readRow(rs, columns);
            }
        }
        target.raw().endQuery(connection);
    }

    /** Reads every value as a program would, with getObject; returns how many were not NULL. */
    private static int readRow(ResultSet rs, int columns) throws SQLException {
        int nonNull = 0;
        for (int i = 1; i <= columns; i++) {
            nonNull += rs.getObject(i) == null ? 0 : 1;
        }
        return nonNull;
    }

    private static StatementResult.Rows rows(QueryExecution execution) throws VelocityException {
        if (execution.nextResult() instanceof StatementResult.Rows rows) {
            return rows;
        }
        throw new IllegalStateException("The SELECT returned no rows result.");
    }

    private static void expectFullPage(int rows) {
        if (rows != FIRST_PAGE) {
            throw new IllegalStateException("The first page held " + rows + " rows instead of " + FIRST_PAGE + ".");
        }
    }
}
