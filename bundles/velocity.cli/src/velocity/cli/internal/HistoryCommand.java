package velocity.cli.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.VelocityException;
import velocity.core.history.HistoryEntry;
import velocity.core.history.HistoryFilter;
import velocity.core.history.QueryHistory;
import velocity.core.operations.GetQueryHistoryOperation;

/** {@code velocity history}: the statements run before, from the workbench and the command line, newest first. */
public final class HistoryCommand implements Command {

    private static final Options.Spec SPEC = Format.SPEC.with(Options.spec()
            .value("--connection", "--search", "--limit").flag("--failed", "--succeeded"));

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        if (options.has("--failed") && options.has("--succeeded")) {
            throw new UsageException("give --failed or --succeeded, not both");
        }
        Format format = Format.of(options);
        HistoryFilter filter = new HistoryFilter(options.value("--search"), options.value("--connection"),
                options.has("--failed") ? HistoryFilter.Outcome.FAILED
                        : options.has("--succeeded") ? HistoryFilter.Outcome.SUCCEEDED : HistoryFilter.Outcome.ANY,
                options.intValue("--limit", 20, 1));
        QueryHistory history = context.velocity().history();
        List<HistoryEntry> entries = new GetQueryHistoryOperation(history, filter).run(context.monitor());
        for (String warning : history.takeWarnings()) {
            context.err().println("velocity: warning: " + warning);
        }
        List<Object[]> rows = new ArrayList<>();
        if (format == Format.TABLE) {
            for (HistoryEntry e : entries) {
                rows.add(new Object[] { LOCAL.format(e.time()), e.connection(), e.durationMillis(), e.rowsText(),
                        e.succeeded() ? "ok" : "failed: " + oneLine(e.errorWithoutConnection()), oneLine(e.sql()) });
            }
            format.listing(context.out()).table(List.of("time", "connection", "ms", "rows", "status", "sql"), rows);
        } else {
            for (HistoryEntry e : entries) {
                rows.add(new Object[] { e.time().toString(), e.connection(), e.durationMillis(),
                        e.rows() < 0 ? null : e.rows(), e.moreRows(), e.succeeded() ? "ok" : "failed", e.error(), e.sql() });
            }
            format.listing(context.out()).table(List.of("time", "connection", "ms", "rows", "more_rows", "status", "error",
                    "sql"), rows);
        }
        if (entries.isEmpty()) {
            context.err().println(history.isRecording() ? "No statements recorded" + (filter.text() != null
                    || filter.connection() != null || filter.outcome() != HistoryFilter.Outcome.ANY ? " match." : " yet.")
                    : "No statements match; recording is off (" + QueryHistory.ENVIRONMENT_VARIABLE + "=off).");
        }
        return CommandLine.OK;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String help() {
        return """
                Usage: velocity history [--connection NAME] [--search TEXT] [--failed | --succeeded] [--limit N]
                                        [--format table|json|csv]

                Lists the statements run before, newest first: by the query command and by the workbench's SQL
                editor alike, with when, on which connection, how long the server took, the rows read or changed
                ("200+" when only the first page was read) and the outcome. The history is kept in
                $VELOCITY_HOME/history.jsonl; VELOCITY_HISTORY=off stops recording.

                Options:
                  --connection NAME   only statements run on this connection
                  --search TEXT       only statements whose SQL or error contains TEXT (any case)
                  --failed            only statements that failed or were cancelled
                  --succeeded         only statements that succeeded
                  --limit N           at most N statements (default 20)
                """ + Format.HELP + """

                Examples:
                  velocity history --connection prod --search orders --limit 5
                  velocity history --failed --format json
                """;
    }
}
