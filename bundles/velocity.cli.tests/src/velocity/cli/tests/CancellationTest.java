package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;

/** Ctrl+C, which cancels the command's monitor, stops a running statement on the server. */
class CancellationTest extends CliTest {

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = { "POSTGRESQL", "MYSQL" })
    void cancellingTheMonitorStopsTheStatementOnTheServer(TestServer server) throws Exception {
        server.assumeReachable();
        String marker = "cli_cancel_" + UUID.randomUUID().toString().replace("-", "");
        String sleep = server == TestServer.POSTGRESQL ? "SELECT pg_sleep(60) AS " + marker : "SELECT SLEEP(60) AS " + marker;
        Monitor monitor = Monitor.create();
        CompletableFuture<Cli.Result> running = CompletableFuture.supplyAsync(
                () -> cli.run(Cli.args(List.of("query", "--sql", sleep), server.connection(dir)), server.stdin(), monitor));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (statementsRunning(server, marker) == 0) {
            assertTrue(System.nanoTime() < deadline, "the statement never showed on the server");
        }
        monitor.cancel();
        Cli.Result result = running.get(20, TimeUnit.SECONDS).expect(1);
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("cancelled"), result.err());
        assertEquals(0, statementsRunning(server, marker), "the statement was stopped on the server");
    }

    private int statementsRunning(TestServer server, String marker) {
        String sql = server == TestServer.POSTGRESQL
                ? "SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE '%" + marker + "%' AND pid <> pg_backend_pid()"
                : "SELECT count(*) AS n FROM information_schema.processlist WHERE info LIKE '%" + marker
                        + "%' AND id <> connection_id()";
        List<String> lines = cli.run(Cli.args(List.of("query", "--format", "csv", "--sql", sql), server.connection(dir)),
                server.stdin()).expect(0).outLines();
        return Integer.parseInt(lines.get(1));
    }
}
