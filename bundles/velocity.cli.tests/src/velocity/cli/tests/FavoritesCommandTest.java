package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code velocity favorites}: save, list, show, run, rename, move and delete. */
class FavoritesCommandTest extends CliTest {

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void savesShowsAndRunsAFavoriteOnItsDatabase(TestServer server) {
        Database db = new Database(cli, server, dir);
        cli.run("favorites", "save", "Three", "--folder", "Numbers", "--sql", "SELECT 3 AS three").expect(0);
        assertEquals("SELECT 3 AS three\n", cli.run("favorites", "show", "Three").expect(0).out());
        List<String> args = new ArrayList<>(List.of("favorites", "run", "Three", "--format", "csv"));
        args.addAll(server.connection(dir));
        Cli.Result run = cli.run(args, server.stdin()).expect(0);
        assertEquals("three\r\n3\r\n", run.out());
        assertTrue(run.err().matches("\\(1 row, \\d+ ms\\)\\n"), run.err());
        assertEquals(3, cli.run("history", "--search", "SELECT 3 AS three").expect(0).outLines().size(),
                "the run is in the history");
    }

    @Test
    void bothCommandsHaveHelpWithAnExample() {
        for (String name : List.of("history", "favorites")) {
            String help = cli.run(name, "--help").expect(0).out();
            assertTrue(help.startsWith("Usage: velocity " + name) && help.contains("Examples:"), help);
        }
    }

    @Test
    void managesFavoritesAndFolders() throws Exception {
        cli.run("favorites", "save", "Top customers", "--folder", "Reports", "--sql",
                "SELECT name\n  FROM customers").expect(0);
        Cli.Result clash = cli.run("favorites", "save", "Top customers", "--sql", "SELECT 2").expect(1);
        assertTrue(clash.err().contains("A favorite query named 'Top customers' exists already"), clash.err());
        cli.run(List.of("favorites", "save", "Count"), "SELECT count(*) FROM orders").expect(0);
        cli.run("favorites", "save", "Count", "--sql", "SELECT count(*) FROM customers", "--replace").expect(0);

        Cli.Result list = cli.run("favorites").expect(0);
        assertEquals(List.of("folder   name           connection  sql",
                "-------  -------------  ----------  ------------------------------",
                "         Count                      SELECT count(*) FROM customers",
                "Reports  Top customers              SELECT name FROM customers").stream().map(String::stripTrailing).toList(),
                list.outLines().stream().map(String::stripTrailing).toList());

        cli.run("favorites", "rename", "Top customers", "Best customers").expect(0);
        cli.run("favorites", "move", "Count", "--folder", "Daily").expect(0);
        Cli.Result json = cli.run("favorites", "list", "--format", "json").expect(0);
        assertTrue(json.out().contains("\"folder\":\"Daily\",\"name\":\"Count\""), json.out());
        assertTrue(json.out().contains("\"name\":\"Best customers\""), json.out());
        cli.run("favorites", "delete", "Best customers").expect(0);
        Cli.Result missing = cli.run("favorites", "show", "Best customers").expect(1);
        assertTrue(missing.err().contains("No favorite query is named 'Best customers'. Favorites: Count."), missing.err());
        Cli.Result noConnection = cli.run("favorites", "run", "Count").expect(2);
        assertTrue(noConnection.err().contains("saved without a connection"), noConnection.err());
        cli.run("favorites", "save", "x", "--connection", "nope", "--sql", "SELECT 1").expect(1);
        cli.run("favorites", "frobnicate").expect(2);

        Files.writeString(dir.resolve("home").resolve("favorites.json"), "{ not json");
        Cli.Result corrupt = cli.run("favorites").expect(0);
        assertTrue(corrupt.err().contains("could not be read") && corrupt.err().contains("favorites.json.corrupt-"),
                corrupt.err());
    }
}
