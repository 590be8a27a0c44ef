package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;
import velocity.core.operations.DeleteFavoriteOperation;
import velocity.core.operations.GetFavoriteOperation;
import velocity.core.operations.ListFavoritesOperation;
import velocity.core.operations.MoveFavoriteOperation;
import velocity.core.operations.RenameFavoriteOperation;
import velocity.core.operations.SaveFavoriteQueryOperation;

/** {@code velocity favorites}: the favorite queries, shared with the workbench. */
public final class FavoritesCommand implements Command {

    private static final Options.Spec NONE = Options.spec();
    private static final Options.Spec SAVE = Options.spec().value("--sql", "--folder", "--connection").flag("--replace");
    private static final Options.Spec MOVE = Options.spec().value("--folder");

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        if (arguments.isEmpty() || arguments.get(0).startsWith("-")) {
            return list(context, Format.SPEC.parse(arguments));
        }
        List<String> rest = arguments.subList(1, arguments.size());
        int code = switch (arguments.get(0)) {
            case "list" -> list(context, Format.SPEC.parse(rest));
            case "save" -> save(context, SAVE.parse(rest));
            case "show" -> show(context, NONE.parse(rest));
            case "run" -> runFavorite(context, rest);
            case "rename" -> rename(context, NONE.parse(rest));
            case "move" -> move(context, MOVE.parse(rest));
            case "delete" -> delete(context, NONE.parse(rest));
            default -> throw new UsageException("unknown action '" + arguments.get(0)
                    + "': use list, save, show, run, rename, move or delete");
        };
        return code;
    }

    private static FavoriteStore store(CommandContext context) {
        return context.velocity().favorites();
    }

    private static void warnings(CommandContext context) {
        for (String warning : store(context).takeWarnings()) {
            context.err().println("velocity: warning: " + warning);
        }
    }

    private static int list(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(0, 0, "");
        Favorites favorites = new ListFavoritesOperation(store(context)).run(context.monitor());
        warnings(context);
        List<Object[]> rows = new ArrayList<>();
        for (Favorite f : favorites.favorites()) {
            rows.add(new Object[] { f.folder(), f.name(), f.connection(), f.sql().strip().replaceAll("\\s+", " ") });
        }
        Format.of(options).listing(context.out()).table(List.of("folder", "name", "connection", "sql"), rows);
        if (rows.isEmpty()) {
            context.err().println("No favorite queries. Save one with 'velocity favorites save NAME --sql SQL'.");
        }
        return CommandLine.OK;
    }

    private static int save(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(1, 1, "the NAME of the favorite");
        String sql = options.has("--sql") ? options.value("--sql") : Stdin.rest(context.in());
        if (sql.isBlank()) {
            throw new UsageException("no SQL to save: give --sql or pipe the SQL to standard input");
        }
        String connection = options.value("--connection");
        if (connection != null) {
            context.velocity().connections().get(connection);
        }
        Favorite saved = new SaveFavoriteQueryOperation(store(context), Favorite.of(options.positional().get(0),
                options.value("--folder"), connection, sql), options.has("--replace")).run(context.monitor());
        warnings(context);
        context.err().println("Saved favorite query '" + saved.name() + "'"
                + (saved.folder().isEmpty() ? "" : " in folder '" + saved.folder() + "'") + ".");
        return CommandLine.OK;
    }

    private static int show(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(1, 1, "the NAME of the favorite");
        Favorite f = new GetFavoriteOperation(store(context), options.positional().get(0)).run(context.monitor());
        warnings(context);
        context.out().println(f.sql());
        context.err().println("-- " + f.name() + (f.folder().isEmpty() ? "" : " (folder " + f.folder() + ")")
                + (f.connection() == null ? "" : ", saved from '" + f.connection() + "'"));
        return CommandLine.OK;
    }

    /** Runs the favorite's SQL as {@code query} would, on its connection unless the options name another. */
    private static int runFavorite(CommandContext context, List<String> rest) throws VelocityException, UsageException {
        if (rest.isEmpty() || rest.get(0).startsWith("-")) {
            throw new UsageException("name the favorite to run: velocity favorites run NAME [connection options]");
        }
        Favorite f = new GetFavoriteOperation(store(context), rest.get(0)).run(context.monitor());
        warnings(context);
        List<String> options = new ArrayList<>(rest.subList(1, rest.size()));
        if (options.contains("--sql")) {
            throw new UsageException("favorites run takes the SQL from the favorite; drop --sql");
        }
        boolean named = options.stream().anyMatch(o -> o.equals("--connection") || o.startsWith("--connection=")
                || o.equals("--url") || o.startsWith("--url="));
        if (!named) {
            if (f.connection() == null) {
                throw new UsageException("the favorite '" + f.name()
                        + "' was saved without a connection: give --connection NAME or --url JDBC-URL");
            }
            options.addAll(List.of("--connection", f.connection()));
        }
        options.addAll(List.of("--sql", f.sql()));
        return new QueryCommand().run(context, options);
    }

    private static int rename(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(2, 2, "the OLD and NEW names");
        Favorite f = new RenameFavoriteOperation(store(context), options.positional().get(0), options.positional().get(1))
                .run(context.monitor());
        warnings(context);
        context.err().println("Renamed favorite query '" + options.positional().get(0) + "' to '" + f.name() + "'.");
        return CommandLine.OK;
    }

    private static int move(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(1, 1, "the NAME of the favorite");
        Favorite f = new MoveFavoriteOperation(store(context), options.positional().get(0), options.value("--folder"))
                .run(context.monitor());
        warnings(context);
        context.err().println("Moved favorite query '" + f.name() + "' to "
                + (f.folder().isEmpty() ? "the top level." : "folder '" + f.folder() + "'."));
        return CommandLine.OK;
    }

    private static int delete(CommandContext context, Options options) throws VelocityException, UsageException {
        options.expectPositional(1, 1, "the NAME of the favorite");
        Favorite f = new DeleteFavoriteOperation(store(context), options.positional().get(0)).run(context.monitor());
        warnings(context);
        context.err().println("Deleted favorite query '" + f.name() + "'.");
        return CommandLine.OK;
    }

    @Override
    public String help() {
        return """
                Usage: velocity favorites [list] [--format table|json|csv]
                       velocity favorites save NAME [--sql SQL] [--folder FOLDER] [--connection NAME] [--replace]
                       velocity favorites show NAME
                       velocity favorites run NAME [--connection NAME | --url JDBC-URL ...] [query options]
                       velocity favorites rename OLD NEW
                       velocity favorites move NAME [--folder FOLDER]
                       velocity favorites delete NAME

                Favorite queries are named SQL, filed in folders, shared with the workbench's Favorites view and
                kept in $VELOCITY_HOME/favorites.json. save takes the SQL from --sql or standard input and refuses
                a name in use unless --replace is given; --connection records the connection it belongs to. show
                prints the SQL. run runs it as 'velocity query' does, on its saved connection unless connection
                options name another; the other options of query (--format, --timeout, --max-rows) apply. move
                without --folder puts a favorite at the top level.

                Examples:
                  velocity favorites save "Top customers" --folder Reports --connection prod \\
                      --sql "SELECT name, spent FROM customers ORDER BY spent DESC LIMIT 10"
                  velocity favorites run "Top customers" --format csv
                  velocity favorites rename "Top customers" "Best customers"
                """;
    }
}
