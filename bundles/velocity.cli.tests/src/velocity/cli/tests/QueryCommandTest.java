package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code velocity query} on every test database: results, streaming, standard input and failures. */
class QueryCommandTest extends CliTest {

    /** More rows than three pages of the command line, generated without a table. */
    private static final String THOUSAND_ROWS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
            + "SELECT i FROM n";

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void rowsAndUpdateCountsInEveryFormat(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            Cli.Result update = db.sql("UPDATE " + t.parent() + " SET note = 'n' WHERE id > 3").expect(0);
            assertEquals(List.of("2 rows affected"), update.outLines());
            assertTrue(update.err().matches("\\(2 rows affected, \\d+ ms\\)\\n"), update.err());
            assertEquals("{\"rows_affected\":0}\n", db.sql("DELETE FROM " + t.parent() + " WHERE id = 99", "--format",
                    "json").expect(0).out());

            String select = "SELECT id, name, note FROM " + t.parent() + " WHERE id <= 3 ORDER BY id";
            Cli.Result table = db.sql(select).expect(0);
            assertEquals(List.of("id  name   note", "--  -----  ----", " 1  alpha  NULL", " 2  b,\"c\"  two", " 3  gamma"),
                    table.outLines());
            assertTrue(table.err().matches("\\(3 rows, \\d+ ms\\)\\n"), table.err());

            assertEquals("id,name,note\r\n1,alpha,\r\n2,\"b,\"\"c\"\"\",two\r\n3,gamma,\"\"\r\n",
                    db.sql(select, "--format", "csv").expect(0).out());

            JsonArray json = JsonParser.parseString(db.sql(select, "--format", "json").expect(0).out()).getAsJsonArray();
            assertEquals(3, json.size());
            JsonObject first = json.get(0).getAsJsonObject();
            assertTrue(first.get("id").getAsJsonPrimitive().isNumber(), first.toString());
            assertTrue(first.get("note").isJsonNull(), first.toString());
            assertEquals("b,\"c\"", json.get(1).getAsJsonObject().get("name").getAsString());
            assertEquals("", json.get(2).getAsJsonObject().get("note").getAsString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void largeResultsStreamPageByPageWithOneHeader(TestServer server) {
        Database db = new Database(cli, server, dir);
        Cli.Result table = db.sql(THOUSAND_ROWS).expect(0);
        assertEquals(1002, table.outLines().size(), "header, rule and 1000 rows");
        assertEquals(1, table.outLines().stream().filter(l -> l.strip().equals("i")).count(), "one header");
        assertEquals("1000", table.outLines().get(1001).strip());
        assertTrue(table.err().matches("\\(1000 rows, \\d+ ms\\)\\n"), table.err());

        Cli.Result csv = db.sql(THOUSAND_ROWS, "--format", "csv", "--max-rows", "250").expect(0);
        assertEquals(251, csv.outLines().size());
        assertEquals("250", csv.outLines().get(250));
        assertTrue(csv.err().contains("stopped after 250 rows (--max-rows)"), csv.err());
        assertTrue(csv.err().contains("(250 rows, "), csv.err());

        JsonArray json = JsonParser.parseString(db.sql(THOUSAND_ROWS, "--format", "json").expect(0).out()).getAsJsonArray();
        assertEquals(1000, json.size());
        assertEquals(1000, json.get(999).getAsJsonObject().get("i").getAsInt());
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void theSqlComesFromStandardInputAfterThePassword(TestServer server) {
        server.assumeReachable();
        List<String> args = Cli.args(List.of("query", "--format", "csv"), server.connection(dir));
        Cli.Result result = cli.run(args, server.stdin() + "SELECT 42 AS answer\n").expect(0);
        assertEquals(List.of("answer", "42"), result.outLines());

        List<String> withPassword = Cli.args(List.of("query", "--format", "csv", "--url", server.url(dir)),
                server.user() == null ? List.of() : List.of("--user", server.user()), List.of("--password-stdin"));
        result = cli.run(withPassword, server.password() + "\r\nSELECT 'first line' AS a\n").expect(0);
        assertEquals(List.of("a", "first line"), result.outLines());
        assertEquals(List.of("velocity: no SQL to run: give --sql or pipe the SQL to standard input. "
                + "See 'velocity query --help'."), cli.run(withPassword, server.password() + "\n").expect(2).errLines());
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void aSyntaxErrorShowsTheLineAndACaret(TestServer server) {
        Database db = new Database(cli, server, dir);
        Cli.Result result = db.sql("SELECT 1\nFROM (SELECT 2) x WHERE 1 = = 1").expect(1);
        assertEquals("", result.out());
        List<String> lines = result.errLines();
        assertEquals(3, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith("velocity: Connection 'from --url' ("), lines.get(0));
        assertEquals("  FROM (SELECT 2) x WHERE 1 = = 1", lines.get(1));
        assertTrue(lines.get(2).matches(" {2,}\\^"), lines.get(2));
        int caret = lines.get(2).indexOf('^');
        assertTrue(caret >= lines.get(1).indexOf("= =") && caret <= lines.get(1).length(),
                "the caret points at or after the error:\n" + lines.get(1) + "\n" + lines.get(2));
    }

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = { "POSTGRESQL", "MYSQL" })
    void aWrongPortFailsInOneLineNamingTheCause(TestServer server) throws Exception {
        server.assumeReachable();
        String url = server.urlWithDeadPort();
        Cli.Result test = cli.run(Cli.args(List.of("test-connection"), server.connection(url)), server.stdin());
        Cli.Result query = cli.run(Cli.args(List.of("query", "--sql", "SELECT 1"), server.connection(url)), server.stdin());
        for (Cli.Result result : List.of(test, query)) {
            result.expect(1);
            assertEquals(1, result.errLines().size(), result.err());
            String line = result.errLines().get(0);
            assertTrue(line.startsWith("velocity: Connection 'from --url' (" + url + "): Connecting failed: "), line);
            assertTrue(line.contains("Check that the server is running and that the host and port are right."), line);
            assertEquals("", result.out());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = { "POSTGRESQL", "MYSQL" })
    void binaryDatesAndTimesAreWrittenInAPortableForm(TestServer server) {
        Database db = new Database(cli, server, dir);
        String binary = server == TestServer.POSTGRESQL ? "CAST('\\x00ff10' AS bytea)" : "X'00FF10'";
        String sql = "SELECT " + binary + " AS b, DATE '2024-01-02' AS d, TIMESTAMP '2024-01-02 03:04:00' AS ts";
        assertEquals(List.of("b,d,ts", "0x00ff10,2024-01-02,2024-01-02T03:04:00"),
                db.sql(sql, "--format", "csv").expect(0).outLines());
        JsonObject row = JsonParser.parseString(db.sql(sql, "--format", "json").expect(0).out()).getAsJsonArray().get(0)
                .getAsJsonObject();
        assertEquals("AP8Q", row.get("b").getAsString());
        assertEquals("2024-01-02T03:04:00", row.get("ts").getAsString());
    }
}
