package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.operations.IndexCatalogOperation;
import velocity.core.operations.IndexSavedQueriesOperation;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchIndex;
import velocity.core.search.SearchResult;

/** {@code velocity search}: Open Anything on the command line, a fuzzy search of a connection's objects. */
public final class SearchCommand implements Command {

    private static final int DEFAULT_LIMIT = 20;

    private static final Options.Spec SPEC = ConnectionOptions.SPEC.with(Format.SPEC)
            .with(Options.spec().value("--schema", "--limit").flag("--saved"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(1, 1, "the text to search for");
        int limit = options.intValue("--limit", DEFAULT_LIMIT, 1);
        String schema = options.value("--schema");
        Formatter formatter = Format.of(options).listing(context.out());
        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        SearchIndex index = new SearchIndex();
        new IndexCatalogOperation(connection, index, schema == null ? null : List.of(schema)).run(context.monitor());
        if (options.has("--saved")) {
            new IndexSavedQueriesOperation(context.velocity().favorites(), context.velocity().history(), index)
                    .run(context.monitor());
        }
        String name = connection.name();
        List<Object[]> rows = new ArrayList<>();
        for (SearchResult result : index.search(options.positional().get(0), limit,
                e -> e.text() == null || e.connection().equals(name) || e.connection().isEmpty())) {
            SearchEntry e = result.entry();
            rows.add(new Object[] { e.kind().label(), e.schema(), e.name(), e.detail() });
        }
        formatter.table(List.of("kind", "schema", "name", "detail"), rows);
        return CommandLine.OK;
    }

    @Override
    public String help() {
        return """
                Usage: velocity search (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]
                                       [--schema SCHEMA] [--limit N] [--format table|json|csv] TEXT

                Finds tables, views, columns, functions and procedures (with --saved also the connection's
                favorite queries and history entries, by their name or first line) by a fuzzy match, best
                first, as Open Anything (Ctrl+K) does in the workbench: the letters of TEXT in order, in any
                case, with the whole name first, then a prefix, then word starts ("cuor" finds customer_orders),
                then shorter names. Prints the kind, schema, name and a detail: a column's table and type, a
                routine's signature. The catalog is read in bulk, a few queries per schema.

                Options:
                  --schema SCHEMA     search this schema only (default: every schema the connection lists,
                                      without the system ones)
                  --limit N           print at most N matches (default 20)
                  --saved             also search the favorite queries and the query history of the
                                      connection (and favorites saved without one)
                """ + HelpText.commonOptions() + """

                Example:
                  velocity search --connection prod --limit 5 "ord items"
                """;
    }
}
