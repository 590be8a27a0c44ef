package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import velocity.core.Monitor;

/** {@code velocity export} on every test database: formats, CSV options, existing files, failures, Ctrl+C. */
class ExportCommandTest extends CliTest {

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void aQueryAndATableInEveryFormat(TestServer server) throws Exception {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            String select = "SELECT id, name, note FROM " + t.parent() + " ORDER BY id";
            Path csv = dir.resolve("parent.csv");
            Cli.Result result = db.run("export", "--sql", select, "--output", csv.toString()).expect(0);
            assertEquals("", result.out());
            assertTrue(result.err().matches("Exported 5 rows to .*parent\\.csv \\(\\d+ ms\\)\\.\\n"), result.err());
            assertEquals("id,name,note\n1,alpha,\n2,\"b,\"\"c\"\"\",two\n3,gamma,\"\"\n4,delta,four\n5,epsilon,x\n",
                    read(csv));

            Path semi = dir.resolve("parent-semi.txt");
            db.run("export", "--sql", select, "--output", semi.toString(), "--format", "csv", "--delimiter", ";",
                    "--no-header", "--null", "NULL", "--quote", "all").expect(0);
            assertEquals("\"1\";\"alpha\";NULL\n\"2\";\"b,\"\"c\"\"\";\"two\"\n\"3\";\"gamma\";\"\"\n"
                    + "\"4\";\"delta\";\"four\"\n\"5\";\"epsilon\";\"x\"\n", read(semi));

            Path crlf = dir.resolve("parent-crlf.csv");
            db.run("export", "--sql", select + " LIMIT 2", "--output", crlf.toString(), "--quote", "non-numeric",
                    "--line-ending", "crlf").expect(0);
            assertEquals("id,name,note\r\n1,\"alpha\",\r\n2,\"b,\"\"c\"\"\",\"two\"\r\n", read(crlf));

            Path json = dir.resolve("parent.json");
            db.run("export", "--sql", select, "--output", json.toString()).expect(0);
            JsonArray rows = JsonParser.parseString(read(json)).getAsJsonArray();
            assertEquals(5, rows.size());
            JsonObject first = rows.get(0).getAsJsonObject();
            assertTrue(first.get("id").getAsJsonPrimitive().isNumber(), first.toString());
            assertTrue(first.get("note").isJsonNull(), first.toString());
            assertEquals("b,\"c\"", rows.get(1).getAsJsonObject().get("name").getAsString());

            Path lines = dir.resolve("parent.out");
            Cli.Result table = db.run("export", "--table", t.parent(), "--format", "jsonl", "--output",
                    lines.toString()).expect(0);
            assertTrue(table.err().startsWith("Exported 5 rows to "), table.err());
            List<String> objects = Files.readAllLines(lines);
            assertEquals(5, objects.size());
            assertTrue(objects.stream().allMatch(l -> l.startsWith("{\"id\":") && l.endsWith("}")), objects.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void anExistingFileIsReplacedOnlyWithOverwrite(TestServer server) throws Exception {
        Database db = new Database(cli, server, dir);
        Path file = out().resolve("out.csv");
        Files.writeString(file, "old\n");
        Cli.Result refused = db.run("export", "--sql", "SELECT 1 AS one", "--output", file.toString()).expect(1);
        assertTrue(refused.err().contains("exists already"), refused.err());
        assertTrue(refused.err().contains("--overwrite"), refused.err());
        assertEquals("old\n", read(file));

        db.run("export", "--sql", "SELECT 1 AS one", "--output", file.toString(), "--overwrite").expect(0);
        assertEquals("one\n1\n", read(file));
        assertEquals(List.of("out.csv"), files());
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void badSqlLeavesNoFileAndKeepsAnExistingOne(TestServer server) throws Exception {
        Database db = new Database(cli, server, dir);
        Cli.Result failed = db.run("export", "--sql", "SELECT nope FROM no_such_table_here", "--output",
                out().resolve("bad.csv").toString()).expect(1);
        assertTrue(failed.err().startsWith("velocity: "), failed.err());
        assertFalse(Files.exists(out().resolve("bad.csv")));

        Path kept = out().resolve("kept.json");
        Files.writeString(kept, "[]\n");
        db.run("export", "--sql", "SELECT nope FROM no_such_table_here", "--output", kept.toString(), "--overwrite")
                .expect(1);
        assertEquals("[]\n", read(kept));
        assertEquals(List.of("kept.json"), files());
    }

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = { "POSTGRESQL", "MYSQL" })
    void ctrlCStopsTheExportAndLeavesNoFile(TestServer server) throws Exception {
        server.assumeReachable();
        String marker = "cli_export_" + UUID.randomUUID().toString().replace("-", "");
        String sleep = server == TestServer.POSTGRESQL ? "SELECT pg_sleep(60) AS " + marker : "SELECT SLEEP(60) AS " + marker;
        Path file = out().resolve("sleep.csv");
        Monitor monitor = Monitor.create();
        CompletableFuture<Cli.Result> running = CompletableFuture.supplyAsync(() -> cli.run(
                Cli.args(List.of("export", "--sql", sleep, "--output", file.toString()), server.connection(dir)),
                server.stdin(), monitor));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (statementsRunning(server, marker) == 0) {
            assertTrue(System.nanoTime() < deadline, "the statement never showed on the server");
        }
        monitor.cancel();
        Cli.Result result = running.get(20, TimeUnit.SECONDS).expect(1);
        assertTrue(result.err().contains("cancelled"), result.err());
        assertEquals(List.of(), files());
        assertEquals(0, statementsRunning(server, marker), "the statement was stopped on the server");
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        Cli.Result both = cli.run("export", "--table", "t", "--sql", "SELECT 1", "--output", "x.csv", "--url",
                "jdbc:sqlite:" + dir.resolve("db.sqlite"));
        assertEquals(2, both.exit(), both.err());
        assertTrue(both.err().contains("either --table TABLE or --sql SQL"), both.err());
        Cli.Result format = cli.run("export", "--sql", "SELECT 1", "--output", "x.csv", "--format", "xml", "--url",
                "jdbc:sqlite:" + dir.resolve("db.sqlite"));
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("installed formats: csv, json, jsonl"), format.err());
        Cli.Result quote = cli.run("export", "--sql", "SELECT 1", "--output", "x.json", "--quote", "all", "--url",
                "jdbc:sqlite:" + dir.resolve("db.sqlite"));
        assertEquals(2, quote.exit());
        assertTrue(quote.err().contains("--quote does not apply to the format 'json'"), quote.err());
        assertTrue(cli.run("export", "--help").expect(0).out().contains("--format FORMAT"));
    }

    private int statementsRunning(TestServer server, String marker) {
        String sql = server == TestServer.POSTGRESQL
                // An idle session keeps showing its last statement: only an active one is still running.
                ? "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE '%" + marker + "%' AND state = 'active' "
                        + "AND pid <> pg_backend_pid()"
                : "SELECT count(*) AS n FROM information_schema.processlist WHERE info LIKE '%" + marker
                        + "%' AND id <> connection_id()";
        List<String> lines = cli.run(Cli.args(List.of("query", "--format", "csv", "--sql", sql), server.connection(dir)),
                server.stdin()).expect(0).outLines();
        return Integer.parseInt(lines.get(1));
    }

    /** The folder the exports of a test go to, apart from the SQLite database and the Velocity home. */
    private Path out() throws Exception {
        return Files.createDirectories(dir.resolve("out"));
    }

    /** Every file in {@link #out()}, temporary ones included. */
    private List<String> files() throws Exception {
        try (Stream<Path> all = Files.list(out())) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
