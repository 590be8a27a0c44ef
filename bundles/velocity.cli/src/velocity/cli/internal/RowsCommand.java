package velocity.cli.internal;

import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.core.operations.GetTableRowsOperation;
import velocity.core.query.ResultColumn;
import velocity.core.query.TablePage;
import velocity.core.query.TableFilter;
import velocity.core.query.TablePageRequest;

/**
 * {@code velocity rows --table T}: one page of a table's rows, optionally filtered and sorted on the server,
 * in primary key order when it has one.
 */
public final class RowsCommand implements Command {

    private static final int DEFAULT_PAGE_SIZE = 200;
    /** A page is held in memory whole; beyond this, {@code velocity query} streams instead. */
    private static final int MAX_PAGE_SIZE = 100_000;

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC)
            .with(Options.spec().value("--table", "--schema", "--page", "--page-size", "--where").repeatable("--filter", "--sort")
                    .flag("--count"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        Formatter formatter = Format.of(options).formatter(context.out());
        TableRef table = new TableRef(options.value("--schema"), options.require("--table"));
        int page = options.intValue("--page", 1, 1);
        int pageSize = options.intValue("--page-size", DEFAULT_PAGE_SIZE, 1);
        if (pageSize > MAX_PAGE_SIZE) {
            throw new UsageException("--page-size is at most " + MAX_PAGE_SIZE + "; use 'velocity query' to read more at once");
        }
        TableFilter filter = FilterArguments.of(options.values("--filter"), options.value("--where"),
                options.values("--sort"));
        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        TablePage rows = new GetTableRowsOperation(connection,
                new TablePageRequest(table, pageSize, page - 1L, null, options.has("--count"), filter))
                .run(context.monitor());
        formatter.table(rows.columns().stream().map(ResultColumn::label).toList(), rows.rows());
        context.err().println(position(page, pageSize, rows));
        return CommandLine.OK;
    }

    /** "page 2, rows 201-400 of 1234", with "more follow" when the total is not known. */
    static String position(int page, int pageSize, TablePage rows) {
        long first = (page - 1L) * pageSize + 1;
        StringBuilder sb = new StringBuilder("page ").append(page).append(", ");
        if (rows.rows().isEmpty()) {
            sb.append("no rows");
        } else {
            sb.append("rows ").append(first).append('-').append(first + rows.rows().size() - 1);
        }
        if (rows.exactCount() >= 0) {
            sb.append(" of ").append(rows.exactCount());
        } else if (rows.hasMore()) {
            sb.append(", more follow");
        }
        return sb.toString();
    }

    @Override
    public String help() {
        return """
                Usage: velocity rows --table TABLE [--schema SCHEMA] [--page N] [--page-size N] [--count]
                                     [--filter "COLUMN OP VALUE"]... [--where EXPRESSION] [--sort COLUMN[:desc]]...
                                     (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                     [--format table|json|csv]

                Writes one page of a table's rows, those the filters keep, ordered by the sort and then by the
                primary key, and to standard error where the page is, e.g. "page 2, rows 201-400 of 1234".

                Options:
                  --table TABLE       the table or view, spelt exactly as the catalog does
                  --schema SCHEMA     its schema; default: the connection's current one
                  --page N            the page, from 1 (default 1)
                  --page-size N       rows per page (default 200, at most 100000)
                  --count             count the rows too, those the filters keep (a full count: slow on big tables)
                  --filter "C OP V"   keep the rows where column C compares so with V; repeat to combine with AND.
                                      OP is = <> < <= > >= LIKE, NOT LIKE, IN, BETWEEN, IS NULL or IS NOT NULL:
                                      --filter "status IN (new, 'on hold')" --filter "total BETWEEN 10 AND 20"
                                      --filter '"Due Date" IS NULL'. Values are bound, never pasted into SQL,
                                      and converted to the column's type; quote a value with ' to keep commas.
                  --where EXPR        a condition in the database's own SQL, added with AND (no ';')
                  --sort C[:desc]     order by column C, ascending or with :desc descending; repeatable
                """ + HelpText.commonOptions() + """

                Example:
                  velocity rows --connection prod --table orders --page 3 --count
                  velocity rows --connection prod --table orders --filter "status = shipped" --sort total:desc --count
                """;
    }
}
