package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.operations.ExecuteScriptOperation;
import velocity.core.operations.ExecuteScriptOperation.OnError;
import velocity.core.query.ScriptListener;
import velocity.core.query.ScriptOutcome;
import velocity.core.query.ScriptStatement;
import velocity.core.query.StatementOutcome;
import velocity.core.query.StatementResult;
import velocity.tests.support.TestDatabase;

/** Scripts run statement by statement on one connection, streaming each result, stopping or going on after an error. */
class ScriptRunTest {

    @TempDir
    Path dir;

    /** Records what the listener is given; reads at most {@code rowLimit} rows of each result, 100 at a time. */
    static final class Recorder implements ScriptListener {
        final List<String> events = new ArrayList<>();
        final List<List<Object>> firstColumns = new ArrayList<>();
        final CountDownLatch secondStarting = new CountDownLatch(1);
        final int rowLimit;

        Recorder(int rowLimit) {
            this.rowLimit = rowLimit;
        }

        @Override
        public void starting(ScriptStatement statement, int index) {
            events.add("start " + index);
            if (index == 1) {
                secondStarting.countDown();
            }
        }

        @Override
        public void result(ScriptStatement statement, int index, StatementResult result) throws VelocityException {
            if (result instanceof StatementResult.Rows rows) {
                List<Object> values = new ArrayList<>();
                while (!rows.exhausted() && values.size() < rowLimit) {
                    for (Object[] row : rows.fetch(Math.min(100, rowLimit - values.size())).rows()) {
                        values.add(row[0] instanceof Number n ? (Object) n.longValue() : row[0]);
                    }
                }
                firstColumns.add(values);
                events.add("rows " + index + " " + values.size());
            } else {
                events.add("count " + index + " " + ((StatementResult.UpdateCount) result).count());
            }
        }

        @Override
        public void finished(StatementOutcome outcome) {
            events.add("done " + outcome.index() + (outcome.failed() ? " failed" : ""));
        }
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String temporary(TestDatabase db) {
        return db == TestDatabase.MYSQL ? "TEMPORARY" : "TEMP";
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void statementsShareOneConnectionAndEachResultStreams(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            String t = unique("script_tmp_");
            // A temporary table lives in one session only: the script sees it only if all runs on one connection.
            String script = "CREATE " + temporary(db) + " TABLE " + t + " (a INT);\n"
                    + "INSERT INTO " + t + " VALUES (3), (1), (2); -- three rows\n"
                    + "SELECT a FROM " + t + " ORDER BY a;\n"
                    + "/* the end */ SELECT 'x;y' AS s;";
            Recorder recorder = new Recorder(Integer.MAX_VALUE);
            ScriptOutcome outcome = new ExecuteScriptOperation(s.connection(), script, OnError.STOP, recorder)
                    .run(Monitor.create());
            assertTrue(outcome.succeeded(), String.valueOf(outcome.outcomes()));
            assertEquals(4, outcome.outcomes().size());
            assertEquals(List.of(List.of(1L, 2L, 3L), List.of("x;y")), recorder.firstColumns);
            StatementOutcome insert = outcome.outcomes().get(1);
            assertEquals(3, insert.updateCount());
            assertEquals(-1, insert.rowsFetched());
            assertEquals(2, insert.statement().line());
            StatementOutcome select = outcome.outcomes().get(2);
            assertEquals(3, select.rowsFetched());
            assertTrue(select.allRowsRead());
            assertEquals(script.indexOf("SELECT a"), select.statement().offset());
            assertEquals(List.of("start 2", "rows 2 3", "done 2"), recorder.events.subList(recorder.events.indexOf("start 2"),
                    recorder.events.indexOf("start 2") + 3));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aResultLeftUnreadIsAbandonedAndTheScriptGoesOn(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            String script = QueryTest.counting(10_000) + ";\nSELECT 7";
            Recorder recorder = new Recorder(10);
            ScriptOutcome outcome = new ExecuteScriptOperation(s.connection(), script, OnError.STOP, recorder)
                    .run(Monitor.create());
            assertTrue(outcome.succeeded(), String.valueOf(outcome.outcomes()));
            StatementOutcome big = outcome.outcomes().get(0);
            assertEquals(10, big.rowsFetched());
            assertFalse(big.allRowsRead());
            assertEquals(List.of(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), List.of(7L)), recorder.firstColumns);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailedStatementStopsTheScriptOrNotAndItsPositionIsInTheScript(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            String missing = unique("no_such_table_");
            String script = "SELECT 1;\n  SELECT * FROM " + missing + ";\nSELECT 3;";

            ScriptOutcome stopped = new ExecuteScriptOperation(s.connection(), script, OnError.STOP, new Recorder(100))
                    .run(Monitor.create());
            assertEquals(2, stopped.outcomes().size());
            assertEquals(1, stopped.skipped());
            assertEquals(1, stopped.failures());
            StatementOutcome failed = stopped.outcomes().get(1);
            assertTrue(failed.failed());
            assertTrue(failed.error().getMessage().contains(s.connection().name()), failed.error().getMessage());
            assertEquals(2, failed.errorLine());
            if (failed.error().position() >= 0) {
                assertEquals(script.indexOf(missing), failed.errorOffset());
            }
            if (db == TestDatabase.POSTGRESQL) {
                assertEquals(script.indexOf(missing), failed.errorOffset(), "PostgreSQL locates a missing table");
            }

            Recorder recorder = new Recorder(100);
            ScriptOutcome continued = new ExecuteScriptOperation(s.connection(), script, OnError.CONTINUE, recorder)
                    .run(Monitor.create());
            assertEquals(3, continued.outcomes().size());
            assertEquals(0, continued.skipped());
            assertEquals(1, continued.failures());
            assertFalse(continued.succeeded());
            assertEquals(List.of(List.of(1L), List.of(3L)), recorder.firstColumns);
            assertNull(continued.outcomes().get(2).error());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cancellingStopsTheRunningStatementOnTheServerAndTheScript(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            String script = "SELECT 1;\n" + CancelTest.longStatement(db) + ";\nSELECT 3;";
            Recorder recorder = new Recorder(100);
            Monitor monitor = Monitor.create();
            CompletableFuture<Object> running = new CompletableFuture<>();
            ExecuteScriptOperation operation = new ExecuteScriptOperation(s.connection(), script, OnError.CONTINUE, recorder);
            Thread worker = new Thread(() -> {
                try {
                    running.complete(operation.run(monitor));
                } catch (VelocityException | RuntimeException e) {
                    running.complete(e);
                }
            }, "script under test");
            worker.setDaemon(true);
            worker.start();
            assertTrue(recorder.secondStarting.await(10, TimeUnit.SECONDS), "the second statement never started");
            long start = System.nanoTime();
            monitor.cancel();
            ScriptOutcome outcome = (ScriptOutcome) running.get(5, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds < 3, "stopped after " + seconds + " s");
            assertTrue(outcome.cancelled());
            assertEquals(2, outcome.outcomes().size(), "the third statement did not run, though errors do not stop it");
            assertEquals(ErrorKind.CANCELLED, outcome.outcomes().get(1).error().kind());
            assertEquals(1L, QueryTest.selectOne(s), "the connection is still usable");
        }
    }
}
