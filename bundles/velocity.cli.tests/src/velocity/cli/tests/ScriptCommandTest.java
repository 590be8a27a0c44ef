package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;

/** {@code velocity script}: statement by statement, with a line each, a summary, and stop or go on after errors. */
class ScriptCommandTest extends CliTest {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private Cli.Result script(TestServer server, String script, String... options) {
        List<String> args = new ArrayList<>(List.of("script"));
        args.addAll(List.of(options));
        return cli.run(Cli.args(args, server.connection(dir)), server.stdin() + script);
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void runsAFileStatementByStatement(TestServer server) throws Exception {
        server.assumeReachable();
        String t = unique("cli_script_");
        Path file = dir.resolve("script.sql");
        Files.writeString(file, "-- a table; its rows\r\nCREATE TABLE " + t + " (id INTEGER, name VARCHAR(20));\r\n"
                + "INSERT INTO " + t + " VALUES (1, 'a;b'), (2, 'it''s');\r\n"
                + "SELECT id, name FROM " + t + " ORDER BY id;\r\n"
                + "/* done */ DROP TABLE " + t + ";\r\n");
        Cli.Result result = cli.run(Cli.args(List.of("script", "--file", file.toString()), server.connection(dir)),
                server.stdin()).expect(0);
        List<String> out = result.outLines();
        assertEquals(List.of("0 rows affected", "", "2 rows affected", "", "id  name", "--  ----", " 1  a;b", " 2  it's", ""),
                out.subList(0, out.size() - 1), result.out());
        // SQLite reports the count of the last change before a DROP as the DROP's own.
        assertTrue(out.get(out.size() - 1).matches("\\d rows affected"), result.out());
        List<String> err = result.errLines();
        assertEquals(5, err.size(), result.err());
        assertTrue(err.get(0).matches("\\(statement 1 of 4, line 2: 0 rows affected, \\d+ ms\\)"), err.get(0));
        assertTrue(err.get(1).matches("\\(statement 2 of 4, line 3: 2 rows affected, \\d+ ms\\)"), err.get(1));
        assertTrue(err.get(2).matches("\\(statement 3 of 4, line 4: 2 rows, \\d+ ms\\)"), err.get(2));
        assertTrue(err.get(4).matches("\\(4 statements: 4 succeeded, 0 failed, \\d+ ms\\)"), err.get(4));
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void aFailedStatementStopsTheScriptUnlessToldToGoOn(TestServer server) {
        server.assumeReachable();
        String missing = unique("cli_missing_");
        String script = "SELECT 1 AS first_col;\nSELECT * FROM " + missing + ";\nSELECT 3 AS third_col;\n";

        Cli.Result stopped = script(server, script, "--format", "csv").expect(1);
        assertEquals(List.of("first_col", "1"), stopped.outLines());
        assertTrue(stopped.err().contains("(statement 2 of 3, line 2: failed, "), stopped.err());
        assertTrue(stopped.err().contains("velocity: "), stopped.err());
        assertTrue(stopped.errLines().get(stopped.errLines().size() - 1)
                .matches("\\(3 statements: 1 succeeded, 1 failed, 1 not run, \\d+ ms\\)"), stopped.err());
        if (server == TestServer.POSTGRESQL) {
            int caret = stopped.errLines().indexOf("  SELECT * FROM " + missing + ";");
            assertTrue(caret > 0, "the script's line is shown: " + stopped.err());
            assertEquals("  " + " ".repeat("SELECT * FROM ".length()) + "^", stopped.errLines().get(caret + 1));
        }

        Cli.Result continued = script(server, script, "--format", "csv", "--continue-on-error").expect(1);
        assertEquals(List.of("first_col", "1", "", "third_col", "3"), continued.outLines());
        assertTrue(continued.errLines().get(continued.errLines().size() - 1)
                .matches("\\(3 statements: 2 succeeded, 1 failed, \\d+ ms\\)"), continued.err());
    }

    @Test
    void aMysqlProcedureBetweenDelimiterLines() {
        TestServer server = TestServer.MYSQL;
        server.assumeReachable();
        String p = unique("cli_proc_");
        String script = "DELIMITER $$\nCREATE PROCEDURE " + p + "()\nBEGIN\n  SELECT 1 AS one;\n  SELECT ';' AS two;\nEND$$\n"
                + "DELIMITER ;\nCALL " + p + "();\nDROP PROCEDURE " + p + ";\n";
        Cli.Result result = script(server, script, "--format", "csv").expect(0);
        assertTrue(result.outLines().containsAll(List.of("one", "1", "two", ";")), result.out());
        assertTrue(result.err().contains("(statement 2 of 3, line 8: 2 rows"), result.err());
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void aScriptWithoutStatementsOrFileIsAClearError(TestServer server) {
        server.assumeReachable();
        Cli.Result empty = script(server, "-- nothing here;\n;\n").expect(2);
        assertTrue(empty.err().contains("the script has no statements"), empty.err());
        Cli.Result missing = script(server, "", "--file", dir.resolve("nope.sql").toString()).expect(1);
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = { "POSTGRESQL", "MYSQL" })
    void cancellingStopsTheRunningStatementAndTheScript(TestServer server) throws Exception {
        server.assumeReachable();
        String marker = unique("cli_script_cancel_");
        String sleep = server == TestServer.POSTGRESQL ? "SELECT pg_sleep(60) AS " + marker : "SELECT SLEEP(60) AS " + marker;
        Monitor monitor = Monitor.create();
        CompletableFuture<Cli.Result> running = CompletableFuture.supplyAsync(() -> cli.run(
                Cli.args(List.of("script", "--continue-on-error"), server.connection(dir)),
                server.stdin() + "SELECT 1 AS a;\n" + sleep + ";\nSELECT 3 AS c;\n", monitor));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!running(server, marker)) {
            assertTrue(System.nanoTime() < deadline, "the statement never showed on the server");
        }
        monitor.cancel();
        Cli.Result result = running.get(20, TimeUnit.SECONDS).expect(1);
        assertTrue(result.err().contains("(statement 2 of 3, line 2: cancelled, "), result.err());
        assertTrue(result.errLines().get(result.errLines().size() - 1).contains("1 not run, cancelled"), result.err());
        assertFalse(result.out().contains("c\n"), result.out());
        assertFalse(running(server, marker), "the statement was stopped on the server");
    }

    private boolean running(TestServer server, String marker) {
        String sql = server == TestServer.POSTGRESQL
                ? "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE '%" + marker + "%' AND pid <> pg_backend_pid()"
                : "SELECT count(*) AS n FROM information_schema.processlist WHERE info LIKE '%" + marker
                        + "%' AND id <> connection_id()";
        List<String> lines = cli.run(Cli.args(List.of("query", "--format", "csv", "--sql", sql), server.connection(dir)),
                server.stdin()).expect(0).outLines();
        return Integer.parseInt(lines.get(1)) > 0;
    }
}
