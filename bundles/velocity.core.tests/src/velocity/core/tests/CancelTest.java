package velocity.core.tests;

import velocity.tests.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.operations.ExecuteQueryOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.StatementResult;

/** A cancel stops a long statement within 2 s and leaves the connection usable. */
class CancelTest {

    @TempDir
    Path dir;

    /** Runs for far longer than any test: a sleep on the servers, an endless count on SQLite. */
    static String longStatement(TestDatabase db) {
        return switch (db) {
            case POSTGRESQL -> "SELECT pg_sleep(60)";
            case MYSQL -> "SELECT SLEEP(60)";
            case SQLITE -> "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";
        };
    }

    /** Starts the statement on another thread and returns once the core reports it is being sent. */
    static CompletableFuture<Object> start(Sandbox s, String sql, Monitor[] monitorOut, int timeoutSeconds)
            throws InterruptedException {
        CountDownLatch sending = new CountDownLatch(1);
        Monitor monitor = Monitor.create(new Monitor.ProgressListener() {
            @Override
            public void task(String name, long totalWork) {
                sending.countDown();
            }

            @Override
            public void worked(long units) {
            }
        });
        monitorOut[0] = monitor;
        CompletableFuture<Object> result = new CompletableFuture<>();
        // A thread of its own: a statement that failed to stop must not hold up the next test's.
        Thread worker = new Thread(() -> result.complete(runToFirstPage(s, sql, monitor, timeoutSeconds)),
                "statement under test");
        worker.setDaemon(true);
        worker.start();
        assertTrue(sending.await(10, TimeUnit.SECONDS), "the statement was never sent");
        return result;
    }

    private static Object runToFirstPage(Sandbox s, String sql, Monitor monitor, int timeoutSeconds) {
        try (QueryExecution e = new ExecuteQueryOperation(s.connection(), new QueryRequest(sql, 200, timeoutSeconds))
                .run(monitor)) {
            StatementResult r = e.nextResult();
            return r instanceof StatementResult.Rows rows ? rows.fetch(10) : r;
        } catch (VelocityException e) {
            return e;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cancelStopsALongStatementWithinTwoSeconds(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            Monitor[] monitor = new Monitor[1];
            CompletableFuture<Object> running = start(s, longStatement(db), monitor, 0);
            long start = System.nanoTime();
            monitor[0].cancel();
            Object outcome = await(running, 2);
            double seconds = (System.nanoTime() - start) / 1e9;
            VelocityException e = (VelocityException) outcome;
            assertEquals(ErrorKind.CANCELLED, e.kind(), e.getMessage());
            assertTrue(seconds < 2, "stopped after " + seconds + " s");
            assertEquals(1L, QueryTest.selectOne(s), "the connection is still usable");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStatementTimeoutStopsItAndSaysSo(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            Object outcome = await(start(s, longStatement(db), new Monitor[1], 1), 6);
            VelocityException e = (VelocityException) outcome;
            assertEquals(ErrorKind.TIMEOUT, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("timeout of 1 s"), e.getMessage());
            assertEquals(1L, QueryTest.selectOne(s));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void disconnectCancelsWhatRuns(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            CompletableFuture<Object> running = start(s, longStatement(db), new Monitor[1], 0);
            long start = System.nanoTime();
            v.manager().disconnect(s.connection().name());
            Object outcome = await(running, 3);
            assertTrue(outcome instanceof VelocityException, String.valueOf(outcome));
            assertTrue((System.nanoTime() - start) / 1e9 < 3);
            v.manager().connect(s.connection().settings(), s.database().password(), Monitor.create());
        }
    }

    private static Object await(CompletableFuture<Object> running, int seconds) throws InterruptedException {
        try {
            return running.get(seconds + 1, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            fail("the statement was still running after " + (seconds + 1) + " s");
            return null;
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
