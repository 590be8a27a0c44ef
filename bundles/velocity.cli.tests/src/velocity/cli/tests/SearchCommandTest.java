package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code velocity search}: a fuzzy search of a connection's objects. */
class SearchCommandTest extends CliTest {

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void findsTheTableFirstThenItsNeighboursAndColumns(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            String schema = server.defaultSchema();
            List<String> csv = db.run("search", "--schema", schema, "--format", "csv", t.parent()).expect(0).outLines();
            assertEquals("kind,schema,name,detail", csv.get(0));
            assertEquals("table," + schema + "," + t.parent() + ",", csv.get(1));
            assertEquals("table," + schema + "," + t.child() + ",", csv.get(2));

            JsonArray columns = JsonParser.parseString(db.run("search", "--schema", schema, "--format", "json",
                    "--limit", "1", t.child() + " parentid").expect(0).out()).getAsJsonArray();
            assertEquals(0, columns.size(), "a column's name is matched, not its table's");
            JsonArray column = JsonParser.parseString(db.run("search", "--schema", schema, "--format", "json",
                    "--limit", "50", "parent_id").expect(0).out()).getAsJsonArray();
            boolean found = false;
            for (var e : column) {
                JsonObject o = e.getAsJsonObject();
                found |= o.get("kind").getAsString().equals("column") && o.get("name").getAsString().equals("parent_id")
                        && o.get("detail").getAsString().toLowerCase().startsWith(t.child() + ".parent_id int");
            }
            assertTrue(found, column.toString());

            Cli.Result everywhere = db.run("search", "--limit", "3", t.parent()).expect(0);
            assertEquals(List.of("kind", "schema", "name", "detail"), List.of(everywhere.outLines().get(0).split("\\s+")));
            assertTrue(everywhere.outLines().get(2).matches("table\\s+" + schema + "\\s+" + t.parent() + "\\s*"),
                    everywhere.out());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = "SQLITE")
    void withSavedItAlsoFindsFavoritesAndHistoryEntries(TestServer server) {
        Database db = new Database(cli, server, dir);
        db.run("query", "--sql", "SELECT 11 AS eleven_total").expect(0);
        cli.run("favorites", "save", "Eleven report", "--sql", "SELECT 11 AS eleven_report").expect(0);
        assertEquals(List.of("kind,schema,name,detail"),
                db.run("search", "--format", "csv", "eleven").expect(0).outLines(), "catalog objects only by default");
        List<String> saved = db.run("search", "--saved", "--format", "csv", "eleven").expect(0).outLines();
        assertTrue(saved.contains("favorite,,Eleven report,SELECT 11 AS eleven_report"), saved.toString());
        assertTrue(saved.stream().anyMatch(l -> l.startsWith("history,,SELECT 11 AS eleven_total,run ")), saved.toString());
    }

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = "SQLITE")
    void withoutTextItIsAUsageError(TestServer server) {
        Database db = new Database(cli, server, dir);
        Cli.Result result = db.run("search").expect(2);
        assertTrue(result.err().contains("missing the text to search for"), result.err());
        assertEquals(List.of("kind,schema,name,detail"),
                db.run("search", "--format", "csv", "zzqqxxnothing").expect(0).outLines());
    }
}
