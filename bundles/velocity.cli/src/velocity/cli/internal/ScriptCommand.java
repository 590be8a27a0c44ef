package velocity.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.operations.ExecuteScriptOperation;
import velocity.core.operations.ExecuteScriptOperation.OnError;
import velocity.core.query.ResultColumn;
import velocity.core.query.RowPage;
import velocity.core.query.ScriptListener;
import velocity.core.query.ScriptOutcome;
import velocity.core.query.ScriptStatement;
import velocity.core.query.StatementOutcome;
import velocity.core.query.StatementResult;

/**
 * {@code velocity script}: splits a script the way the connection's database client would and runs its
 * statements in order on one connection, streaming each result to standard output as {@code query} does.
 * Each statement's outcome and a closing summary go to standard error.
 */
public final class ScriptCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC)
            .with(Options.spec().value("--file", "--sql", "--timeout", "--max-rows").flag("--continue-on-error"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        if (options.has("--file") && options.has("--sql")) {
            throw new UsageException("give the script with --file or --sql, not both");
        }
        Formatter formatter = Format.of(options).formatter(context.out());
        int timeout = options.intValue("--timeout", 0, 0);
        int maxRows = options.intValue("--max-rows", Integer.MAX_VALUE, 1);
        OnError onError = options.has("--continue-on-error") ? OnError.CONTINUE : OnError.STOP;
        ConnectionOptions.Target target = ConnectionOptions.resolve(context, options);
        String script = options.has("--file") ? read(options.value("--file"))
                : options.has("--sql") ? options.value("--sql") : Stdin.rest(context.in());
        ActiveConnection connection = target.connect(context);
        List<ScriptStatement> statements = connection.dialect().scripts().split(script);
        if (statements.isEmpty()) {
            throw new UsageException("the script has no statements: give --file, --sql or pipe the script to standard input");
        }
        Printer printer = new Printer(formatter, maxRows, context.err(), script, statements.size());
        ScriptOutcome outcome = new ExecuteScriptOperation(connection, statements, onError, timeout, printer)
                .run(context.monitor());
        context.err().println(summary(outcome));
        return outcome.succeeded() ? CommandLine.OK : CommandLine.FAILURE;
    }

    private static String read(String file) throws VelocityException {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new VelocityException(ErrorKind.OTHER, "The script " + file + " does not exist. Check the path.", e);
        } catch (IOException | RuntimeException e) {
            throw new VelocityException(ErrorKind.OTHER, "The script " + file + " cannot be read as UTF-8 text: "
                    + e.getMessage(), e);
        }
    }

    static String summary(ScriptOutcome outcome) {
        long failed = outcome.failures();
        StringBuilder sb = new StringBuilder("(").append(count(outcome.statementCount(), "statement")).append(": ")
                .append(outcome.outcomes().size() - failed).append(" succeeded, ").append(failed).append(" failed");
        if (outcome.skipped() > 0) {
            sb.append(", ").append(outcome.skipped()).append(" not run");
        }
        if (outcome.cancelled()) {
            sb.append(", cancelled");
        }
        return sb.append(", ").append(outcome.elapsedMillis()).append(" ms)").toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Writes each result as it streams in and one line per statement on standard error. */
    private static final class Printer implements ScriptListener {
        private final Formatter formatter;
        private final int maxRows;
        private final PrintStream err;
        private final String script;
        private final int total;

        Printer(Formatter formatter, int maxRows, PrintStream err, String script, int total) {
            this.formatter = formatter;
            this.maxRows = maxRows;
            this.err = err;
            this.script = script;
            this.total = total;
        }

        @Override
        public void result(ScriptStatement statement, int index, StatementResult result) throws VelocityException {
            switch (result) {
                case StatementResult.Rows rows -> stream(rows);
                case StatementResult.UpdateCount count -> formatter.updateCount(count.count());
            }
        }

        private void stream(StatementResult.Rows rows) throws VelocityException {
            formatter.begin(rows.columns().stream().map(ResultColumn::label).toList());
            long written = 0;
            RowPage page;
            do {
                page = rows.fetch((int) Math.min(QueryCommand.PAGE_SIZE, maxRows - written));
                formatter.rows(page.rows());
                written += page.rows().size();
            } while (!page.last() && written < maxRows);
            formatter.end();
        }

        @Override
        public void finished(StatementOutcome outcome) {
            StringBuilder line = new StringBuilder("(statement ").append(outcome.index() + 1).append(" of ").append(total)
                    .append(", line ").append(outcome.statement().line()).append(": ");
            if (outcome.failed()) {
                err.println(line.append(outcome.cancelled() ? "cancelled" : "failed").append(", ")
                        .append(outcome.elapsedMillis()).append(" ms)"));
                VelocityException e = outcome.error();
                VelocityException inScript = new VelocityException(e.kind(), e.getMessage(), e.connectionName(),
                        e.sqlState(), e.vendorCode(), outcome.errorOffset(), e.getCause());
                new ErrorReport(err, ErrorReport.debugRequested()).failure(new SqlFailure(inScript, script));
                return;
            }
            if (outcome.rowsFetched() >= 0) {
                line.append(count(outcome.rowsFetched(), "row")).append(outcome.allRowsRead() ? "" : " (--max-rows)")
                        .append(", ");
            }
            if (outcome.updateCount() >= 0) {
                line.append(outcome.updateCount()).append(outcome.updateCount() == 1 ? " row" : " rows")
                        .append(" affected, ");
            }
            err.println(line.append(outcome.elapsedMillis()).append(" ms)"));
        }
    }

    @Override
    public String help() {
        return """
                Usage: velocity script (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                       [--file FILE | --sql SQL] [--continue-on-error] [--timeout SECONDS]
                                       [--max-rows N] [--format table|json|csv]

                Runs a script's statements one after the other on one connection, so that what one sets up
                (SET, temporary tables, transactions) holds for the next. The script is split as the database's
                own client splits it: a ; inside a string, a quoted name, a comment or a PostgreSQL $$ body does
                not end a statement; MySQL scripts may change the delimiter with DELIMITER lines; SQLite trigger
                bodies stay whole. Each statement's rows (or "N rows affected") go to standard output as with
                query; a line per statement and a closing summary go to standard error.

                The first failed statement stops the script (its error is shown with the line of the script and
                a caret) unless --continue-on-error is given. The exit code is 1 when any statement failed.
                Without --file or --sql the script is read from standard input, after the password line with
                --password-stdin. Ctrl+C cancels the running statement on the server and stops the script.

                Options:
                  --file FILE           the script, UTF-8
                  --sql SQL             the script itself
                  --continue-on-error   run the statements after a failed one too
                  --timeout SECONDS     cancel a statement that runs longer than this (default: no limit)
                  --max-rows N          write at most N rows of each result (default: all)
                """ + HelpText.commonOptions() + """

                Examples:
                  velocity script --connection dev --file migrate.sql
                  cat checks.sql | velocity script --connection dev --continue-on-error --format csv
                """;
    }
}
