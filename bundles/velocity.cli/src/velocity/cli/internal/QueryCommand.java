package velocity.cli.internal;

import java.io.PrintStream;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.operations.ExecuteQueryOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.ResultColumn;
import velocity.core.query.RowPage;
import velocity.core.query.StatementResult;

/**
 * {@code velocity query}: runs SQL and writes every result as it streams in, one page at a time, so a result
 * of any size runs in the memory of a page.
 */
public final class QueryCommand implements Command {

    /** Rows read and written at a time. */
    static final int PAGE_SIZE = QueryRequest.DEFAULT_PAGE_SIZE;

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC)
            .with(Options.spec().value("--sql", "--timeout", "--max-rows"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Formatter formatter = Format.of(options).formatter(context.out());
        int timeout = options.intValue("--timeout", 0, 0);
        int maxRows = options.intValue("--max-rows", Integer.MAX_VALUE, 1);
        ConnectionOptions.Target target = ConnectionOptions.resolve(context, options);
        String sql = options.has("--sql") ? options.value("--sql") : Stdin.rest(context.in());
        if (sql.isBlank()) {
            throw new UsageException("no SQL to run: give --sql or pipe the SQL to standard input");
        }
        ActiveConnection connection = target.connect(context);
        Totals totals = new Totals(System.nanoTime());
        try (QueryExecution execution = new ExecuteQueryOperation(connection,
                new QueryRequest(sql, Math.min(PAGE_SIZE, maxRows), timeout)).run(context.monitor())) {
            int warningsShown = 0;
            for (StatementResult result = execution.nextResult(); result != null; result = execution.nextResult()) {
                switch (result) {
                    case StatementResult.Rows rows -> stream(rows, formatter, maxRows, totals, context.err());
                    case StatementResult.UpdateCount count -> {
                        formatter.updateCount(count.count());
                        totals.affected += Math.max(0, count.count());
                        totals.counts++;
                    }
                }
                warningsShown = warnings(execution, warningsShown, context.err());
            }
            warnings(execution, warningsShown, context.err());
        } catch (VelocityException e) {
            throw new SqlFailure(e, sql);
        }
        context.err().println(totals.summary(System.nanoTime()));
        return CommandLine.OK;
    }

    private static void stream(StatementResult.Rows rows, Formatter formatter, int maxRows, Totals totals,
            PrintStream err) throws VelocityException {
        formatter.begin(rows.columns().stream().map(ResultColumn::label).toList());
        long written = 0;
        RowPage page;
        do {
            page = rows.fetch((int) Math.min(PAGE_SIZE, maxRows - written));
            formatter.rows(page.rows());
            written += page.rows().size();
        } while (!page.last() && written < maxRows);
        formatter.end();
        totals.rows += written;
        totals.resultSets++;
        if (!page.last()) {
            err.println("velocity: stopped after " + written + " rows (--max-rows); the rest of the result was not read.");
        }
    }

    private static int warnings(QueryExecution execution, int shown, PrintStream err) {
        List<String> all = execution.warnings();
        for (String warning : all.subList(Math.min(shown, all.size()), all.size())) {
            err.println("velocity: warning: " + warning);
        }
        return all.size();
    }

    /** What the results added up to, for the closing line on standard error. */
    private static final class Totals {
        private final long start;
        long rows;
        long affected;
        int resultSets;
        int counts;

        Totals(long start) {
            this.start = start;
        }

        String summary(long now) {
            StringBuilder sb = new StringBuilder("(");
            if (resultSets > 0 || counts == 0) {
                sb.append(rows).append(rows == 1 ? " row, " : " rows, ");
            }
            if (counts > 0) {
                sb.append(affected).append(affected == 1 ? " row affected, " : " rows affected, ");
            }
            return sb.append((now - start) / 1_000_000).append(" ms)").toString();
        }
    }

    @Override
    public String help() {
        return """
                Usage: velocity query (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                      [--sql SQL] [--timeout SECONDS] [--max-rows N] [--format table|json|csv]

                Runs SQL and writes every result it gives: rows, or "N rows affected" for a statement that
                changes rows. Rows are streamed page by page, so results of any size are fine. Warnings and a
                closing line such as "(1234 rows, 56 ms)" go to standard error. Without --sql the SQL is read
                from standard input; with --password-stdin too, the first line of standard input is the password
                and the rest is the SQL. Ctrl+C cancels the statement on the server.

                Output: table aligns each page of 200 rows and cuts cells at 60 characters; csv is RFC 4180 with
                NULL as an empty field; json is one array of row objects per result, and {"rows_affected": N} for
                a statement that changes rows. Binary values are hexadecimal (0x...) in table and csv, base64 in
                json; dates and times are ISO 8601.

                Options:
                  --sql SQL           the SQL to run, as the server takes it (one statement, or what the driver
                                      allows)
                  --timeout SECONDS   cancel the statement after this long (default: no limit)
                  --max-rows N        write at most N rows of each result (default: all)
                """ + HelpText.commonOptions() + """

                Examples:
                  velocity query --connection prod --sql "SELECT id, total FROM orders" --format csv > orders.csv
                  { echo "$PGPASSWORD"; cat report.sql; } | velocity query --url jdbc:postgresql://db/shop \\
                      --user app --password-stdin --format json
                """;
    }
}
