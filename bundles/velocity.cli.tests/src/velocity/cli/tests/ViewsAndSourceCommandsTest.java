package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code velocity views} and {@code velocity functions --source} on every test database. */
class ViewsAndSourceCommandsTest extends CliTest {

    private static String id() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static JsonObject named(JsonArray array, String name) {
        for (JsonElement e : array) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        return null;
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void viewsListsTheViewsWithTheirDefinitionsOnRequest(TestServer server) {
        Database db = new Database(cli, server, dir);
        String id = id();
        String table = "cli_vt_" + id;
        String view = "cli_v_" + id;
        db.sql("CREATE TABLE " + table + " (id INT PRIMARY KEY, total INT)").expect(0);
        try {
            db.sql("CREATE VIEW " + view + " AS SELECT id FROM " + table + " WHERE total > 4242").expect(0);
            Cli.Result plain = db.run("views").expect(0);
            assertEquals(List.of("schema", "name", "kind", "comment"), List.of(plain.outLines().get(0).split("\\s+")));
            assertTrue(plain.outLines().stream().anyMatch(l -> l.matches("\\S+\\s+" + view + "\\s+view\\s*")), plain.out());
            assertFalse(plain.out().contains(table), "tables are not views: " + plain.out());

            JsonArray json = JsonParser.parseString(db.run("views", "--definition", "--format", "json").expect(0).out())
                    .getAsJsonArray();
            JsonObject found = named(json, view);
            assertNotNull(found, json.toString());
            assertTrue(found.get("definition").getAsString().contains("4242"), found.toString());
            assertEquals(server.defaultSchema(), found.get("schema").getAsString());

            Cli.Result blocks = db.run("views", "--definition").expect(0);
            int header = blocks.outLines().indexOf("-- " + server.defaultSchema() + "." + view + " (view)");
            assertTrue(header >= 0, blocks.out());
            assertTrue(blocks.outLines().get(header + 1).toLowerCase(Locale.ROOT).contains(
                    server == TestServer.SQLITE ? "create view" : "select"), blocks.out());
        } finally {
            db.sql("DROP VIEW IF EXISTS " + view).expect(0);
            db.sql("DROP TABLE " + table).expect(0);
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void functionsWithSourceShowsEachRoutinesSource(TestServer server) {
        Database db = new Database(cli, server, dir);
        if (server == TestServer.SQLITE) {
            Cli.Result result = db.run("functions", "--source", "--format", "csv").expect(0);
            assertEquals(List.of("schema,name,kind,arguments,return_type,language,comment,source"), result.outLines());
            return;
        }
        String function = "cli_src_" + id();
        boolean pg = server == TestServer.POSTGRESQL;
        db.sql(pg ? "CREATE FUNCTION " + function + "(a integer) RETURNS integer LANGUAGE sql AS 'SELECT a + 31337'"
                : "CREATE FUNCTION " + function + "(a INT) RETURNS INT DETERMINISTIC RETURN a + 31337").expect(0);
        try {
            JsonArray json = JsonParser.parseString(db.run("functions", "--source", "--format", "json").expect(0).out())
                    .getAsJsonArray();
            JsonObject found = named(json, function);
            assertNotNull(found, json.toString());
            String source = found.get("source").getAsString();
            assertTrue(source.contains("31337") && source.toUpperCase(Locale.ROOT).contains("CREATE"), source);

            Cli.Result blocks = db.run("functions", "--source").expect(0);
            assertTrue(blocks.out().contains("-- " + server.defaultSchema() + "." + function + "("), blocks.out());
            assertTrue(blocks.out().contains("31337"), blocks.out());
            assertFalse(db.run("functions", "--format", "json").expect(0).out().contains("31337"),
                    "no source unless asked for");
        } finally {
            db.sql("DROP FUNCTION " + function).expect(0);
        }
    }
}
