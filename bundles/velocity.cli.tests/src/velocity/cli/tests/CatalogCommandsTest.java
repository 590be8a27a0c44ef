package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** test-connection, databases, tables, functions, schema and rows on every test database. */
class CatalogCommandsTest extends CliTest {

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void testConnectionReportsTheServerTheDriverAndTheTimings(TestServer server) {
        Database db = new Database(cli, server, dir);
        Cli.Result table = db.run("test-connection").expect(0);
        List<String> keys = table.outLines().stream().map(line -> line.split("\\s+")[0]).toList();
        assertEquals(List.of("server", "server_version", "driver", "driver_version", "connect_ms", "round_trip_ms"), keys);
        JsonObject json = JsonParser.parseString(db.run("test-connection", "--format", "json").expect(0).out())
                .getAsJsonObject();
        String product = json.get("server").getAsString();
        String expected = switch (server) {
            case SQLITE -> "SQLite";
            case POSTGRESQL -> "PostgreSQL";
            case MYSQL -> "MySQL|MariaDB";
        };
        assertTrue(product.matches(expected), product);
        assertFalse(json.get("driver").getAsString().isBlank());
        assertTrue(json.get("connect_ms").getAsDouble() >= 0 && json.get("round_trip_ms").getAsDouble() >= 0, json.toString());
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void databasesMarksTheCurrentOne(TestServer server) {
        Database db = new Database(cli, server, dir);
        JsonArray all = JsonParser.parseString(db.run("databases", "--format", "json").expect(0).out()).getAsJsonArray();
        List<String> current = new ArrayList<>();
        for (JsonElement e : all) {
            JsonObject o = e.getAsJsonObject();
            assertTrue(o.get("schemas").isJsonArray(), o.toString());
            if (o.get("current").getAsBoolean()) {
                current.add(o.get("name").getAsString());
            }
        }
        String expected = server == TestServer.SQLITE ? "main" : server.url(dir).replaceAll("^.*/([^/?]+).*$", "$1");
        assertEquals(List.of(expected), current);
        Cli.Result table = db.run("databases").expect(0);
        assertEquals(List.of("name", "schemas", "current"), List.of(table.outLines().get(0).split("\\s+")));
        assertTrue(table.outLines().stream().anyMatch(l -> l.startsWith(expected + " ") && l.endsWith("true")), table.out());
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void tablesListsTheTablesOfTheDefaultOrAGivenSchema(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            List<String> csv = db.run("tables", "--format", "csv").expect(0).outLines();
            assertEquals("schema,name,kind,row_estimate,comment", csv.get(0));
            String schema = server.defaultSchema();
            assertTrue(csv.stream().anyMatch(l -> l.startsWith(schema + "," + t.parent() + ",table,")), csv.toString());
            assertTrue(csv.stream().anyMatch(l -> l.startsWith(schema + "," + t.child() + ",table,")), csv.toString());
            assertEquals(csv, db.run("tables", "--schema", schema, "--format", "csv").expect(0).outLines());
            Cli.Result table = db.run("tables").expect(0);
            assertTrue(table.outLines().stream().anyMatch(l -> l.matches(schema + "\\s+" + t.parent() + "\\s+table\\b.*")),
                    table.out());
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void functionsListsTheRoutinesOfTheDefaultSchema(TestServer server) {
        Database db = new Database(cli, server, dir);
        String header = "schema,name,kind,arguments,return_type,language,comment";
        if (server == TestServer.SQLITE) {
            Cli.Result result = db.run("functions", "--format", "csv").expect(0);
            assertEquals(List.of(header), result.outLines());
            assertEquals(List.of("SQLite has no stored functions or procedures."), result.errLines());
            return;
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String function = "cli_fn_" + id;
        String procedure = "cli_proc_" + id;
        boolean pg = server == TestServer.POSTGRESQL;
        db.sql(pg ? "CREATE FUNCTION " + function + "(a integer, b text) RETURNS integer LANGUAGE sql AS 'SELECT a'"
                : "CREATE FUNCTION " + function + "(a INT, b VARCHAR(10)) RETURNS INT DETERMINISTIC RETURN a").expect(0);
        try {
            db.sql(pg ? "CREATE PROCEDURE " + procedure + "(IN n integer) LANGUAGE sql AS 'SELECT 1'"
                    : "CREATE PROCEDURE " + procedure + "(IN n INT) SELECT n").expect(0);
            List<String> csv = db.run("functions", "--format", "csv").expect(0).outLines().stream()
                    .map(l -> l.replace("int(11)", "int")).toList();
            assertEquals(header, csv.get(0));
            String schema = server.defaultSchema();
            assertTrue(csv.contains(pg ? schema + "," + function + ",function,\"a integer, b text\",integer,sql,"
                    : schema + "," + function + ",function,\"a int, b varchar(10)\",int,SQL,"), csv.toString());
            assertTrue(csv.contains(pg ? schema + "," + procedure + ",procedure,IN n integer,,sql,"
                    : schema + "," + procedure + ",procedure,IN n int,,SQL,"), csv.toString());

            JsonArray json = JsonParser.parseString(db.run("functions", "--schema", schema, "--format", "json").expect(0)
                    .out()).getAsJsonArray();
            JsonObject found = null;
            for (JsonElement e : json) {
                if (e.getAsJsonObject().get("name").getAsString().equals(procedure)) {
                    found = e.getAsJsonObject();
                }
            }
            assertEquals("procedure", found.get("kind").getAsString(), json.toString());
            assertTrue(found.get("return_type").isJsonNull(), found.toString());
        } finally {
            db.sql("DROP PROCEDURE IF EXISTS " + procedure).expect(0);
            db.sql("DROP FUNCTION " + function).expect(0);
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void schemaPrintsColumnsKeysAndIndexes(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            String text = db.run("schema", "--table", t.parent()).expect(0).out();
            for (String section : List.of("Columns", "Primary key", "Foreign keys", "Indexes")) {
                assertTrue(text.contains("\n" + section + "\n"), section + " in\n" + text);
            }
            assertTrue(text.matches("(?s).*\\nname\\s+type\\s+nullable\\s+default\\s+auto\\s+comment\\n.*"), text);
            assertTrue(text.matches("(?s).*\\nname\\s+\\S+.*\\bno\\b.*"), "name is NOT NULL:\n" + text);
            assertTrue(text.contains("(id)"), text);
            assertTrue(text.contains("name DESC, id"), text);

            String child = db.run("schema", "--table", t.child(), "--schema", server.defaultSchema()).expect(0).out();
            assertTrue(child.matches("(?s).*\\(parent_id\\) -> (\\S+\\.)?" + t.parent()
                    + "\\(id\\) ON UPDATE [A-Z ]+ ON DELETE CASCADE\\n.*"), child);

            JsonObject json = JsonParser.parseString(db.run("schema", "--table", t.parent(), "--format", "json")
                    .expect(0).out()).getAsJsonObject();
            assertEquals(t.parent(), json.get("name").getAsString());
            List<String> columns = new ArrayList<>();
            json.getAsJsonArray("columns").forEach(c -> columns.add(c.getAsJsonObject().get("name").getAsString()));
            assertEquals(List.of("id", "name", "amount", "note"), columns);
            assertFalse(json.getAsJsonArray("columns").get(1).getAsJsonObject().get("nullable").getAsBoolean());
            assertEquals("[\"id\"]", json.getAsJsonObject("primary_key").getAsJsonArray("columns").toString());
            JsonObject index = findIndex(json, t.parent() + "_name");
            JsonObject first = index.getAsJsonArray("columns").get(0).getAsJsonObject();
            assertEquals("name", first.get("name").getAsString());
            assertTrue(first.get("descending").getAsBoolean(), index.toString());

            JsonObject fk = JsonParser.parseString(db.run("schema", "--table", t.child(), "--format", "json").expect(0)
                    .out()).getAsJsonObject().getAsJsonArray("foreign_keys").get(0).getAsJsonObject();
            assertEquals(t.parent(), fk.get("referenced_table").getAsString());
            assertEquals("CASCADE", fk.get("on_delete").getAsString());

            List<String> csv = db.run("schema", "--table", t.parent(), "--format", "csv").expect(0).outLines();
            assertEquals("name,type,nullable,default,auto,comment", csv.get(0));
            assertEquals(5, csv.size(), csv.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void schemaOfAMissingTableFailsInOneLine(TestServer server) {
        Database db = new Database(cli, server, dir);
        Cli.Result result = db.run("schema", "--table", "no_such_table_here").expect(1);
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("no table or view 'no_such_table_here'"), result.err());
        assertEquals("", result.out());
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void rowsPagesThroughATableInKeyOrder(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            Cli.Result first = db.run("rows", "--table", t.parent(), "--page-size", "2", "--format", "csv").expect(0);
            // SQLite keeps decimals by their value: 10.50 is stored as 10.5 and 2.00 as 2.
            boolean sqlite = server == TestServer.SQLITE;
            assertEquals(List.of("id,name,amount,note", "1,alpha," + (sqlite ? "10.5" : "10.50") + ",",
                    "2,\"b,\"\"c\"\"\"," + (sqlite ? "2" : "2.00") + ",two"), first.outLines());
            assertEquals(List.of("page 1, rows 1-2, more follow"), first.errLines());

            Cli.Result second = db.run("rows", "--table", t.parent(), "--page", "2", "--page-size", "2", "--count")
                    .expect(0);
            assertEquals(List.of("3", "4"), second.outLines().stream().skip(2).map(l -> l.strip().split("\\s+")[0]).toList());
            assertEquals(List.of("page 2, rows 3-4 of 5"), second.errLines());
            assertTrue(second.outLines().get(3).contains("NULL"), "amount of delta is NULL: " + second.out());

            Cli.Result last = db.run("rows", "--table", t.parent(), "--schema", server.defaultSchema(), "--page", "3",
                    "--page-size", "2", "--format", "json").expect(0);
            JsonArray rows = JsonParser.parseString(last.out()).getAsJsonArray();
            assertEquals(1, rows.size());
            assertEquals(5, rows.get(0).getAsJsonObject().get("id").getAsInt());
            assertEquals(List.of("page 3, rows 5-5"), last.errLines());

            assertEquals(List.of("page 9, no rows of 5"),
                    db.run("rows", "--table", t.parent(), "--page", "9", "--count").expect(0).errLines());
        }
    }

    private static JsonObject findIndex(JsonObject schema, String name) {
        for (JsonElement e : schema.getAsJsonArray("indexes")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no index " + name + " in " + schema.getAsJsonArray("indexes"));
    }
}
