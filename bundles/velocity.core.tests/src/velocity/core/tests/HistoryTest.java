package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;
import velocity.core.history.HistoryEntry;
import velocity.core.history.HistoryFilter;
import velocity.core.history.QueryHistory;
import velocity.core.operations.ExecuteQueryOperation;
import velocity.core.operations.ExecuteScriptOperation;
import velocity.core.operations.ExecuteScriptOperation.OnError;
import velocity.core.operations.GetQueryHistoryOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.ScriptOutcome;
import velocity.core.query.StatementResult;
import velocity.tests.support.TestDatabase;

class HistoryTest {

    @TempDir
    Path dir;

    private static List<HistoryEntry> history(Velocity v, HistoryFilter filter) throws VelocityException {
        return new GetQueryHistoryOperation(v.history(), filter).run(Monitor.create());
    }

    private static HistoryEntry entry(String connection, String sql, String error) {
        return error == null ? HistoryEntry.succeeded(connection, Instant.now(), 5, 1, false, sql)
                : HistoryEntry.failed(connection, Instant.now(), 5, error, sql);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsEveryStatementWithItsOutcomeAndKeepsItAfterReopening(TestDatabase db) throws Exception {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        String name;
        String select = QueryTest.counting(450) + " /* " + marker + " */";
        String wrong = "SELECT no_such_column_" + marker + " FROM no_such_table_" + marker;
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            name = s.connection().name();
            s.execute("CREATE TABLE %s.h_" + marker + " (id INT)");
            try (QueryExecution e = new ExecuteQueryOperation(s.connection(), QueryRequest.of(select)).run(Monitor.create())) {
                StatementResult.Rows rows = (StatementResult.Rows) e.nextResult();
                rows.fetch(200);
            }
            try (QueryExecution e = new ExecuteQueryOperation(s.connection(), QueryRequest.of(
                    "INSERT INTO " + s.table("h_" + marker) + " VALUES (1), (2), (3)")).run(Monitor.create())) {
                while (e.nextResult() != null) {
                    // Reads the update count.
                }
            }
            VelocityException failure = assertThrows(VelocityException.class, () -> {
                try (QueryExecution e = new ExecuteQueryOperation(s.connection(), QueryRequest.of(wrong)).run(Monitor.create())) {
                    e.nextResult();
                }
            });
            List<HistoryEntry> all = history(v, HistoryFilter.all().withConnection(name));
            assertEquals(3, all.size(), all.toString());
            HistoryEntry failed = all.get(0);
            assertEquals(wrong, failed.sql());
            assertFalse(failed.succeeded());
            assertEquals(failure.getMessage(), failed.error());
            assertTrue(failed.error().startsWith("Connection '" + name + "'"), failed.error());
            assertTrue(failed.error().endsWith(": " + failed.errorWithoutConnection()), failed.errorWithoutConnection());
            HistoryEntry insert = all.get(1);
            assertTrue(insert.succeeded(), insert.toString());
            assertEquals(3, insert.rows());
            assertEquals("3", insert.rowsText());
            HistoryEntry first = all.get(2);
            assertEquals(select, first.sql());
            assertEquals(200, first.rows());
            assertEquals("200+", first.rowsText());
            assertTrue(first.durationMillis() >= 0);
            assertFalse(first.time().isAfter(insert.time()));
        }
        try (Velocity reopened = TestVelocity.open(dir)) {
            List<HistoryEntry> again = history(reopened, HistoryFilter.all().withConnection(name));
            assertEquals(List.of(wrong, "INSERT", select), again.stream()
                    .map(e -> e.sql().startsWith("INSERT") ? "INSERT" : e.sql()).toList());
            List<HistoryEntry> failedOnly = history(reopened, HistoryFilter.all().withOutcome(HistoryFilter.Outcome.FAILED));
            assertEquals(List.of(wrong), failedOnly.stream().map(HistoryEntry::sql).toList());
            assertEquals(List.of(select), history(reopened, HistoryFilter.all().withText(marker.toUpperCase() + " */"))
                    .stream().map(HistoryEntry::sql).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsNothingWhenRecordingIsOff(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            v.history().setRecording(false);
            try (QueryExecution e = new ExecuteQueryOperation(s.connection(), QueryRequest.of("SELECT 1")).run(Monitor.create())) {
                ((StatementResult.Rows) e.nextResult()).fetch(10);
            }
            assertEquals(List.of(), history(v, HistoryFilter.all()));
            v.history().setRecording(true);
            try (QueryExecution e = new ExecuteQueryOperation(s.connection(), QueryRequest.of("SELECT 2")).run(Monitor.create())) {
                ((StatementResult.Rows) e.nextResult()).fetch(10);
            }
            assertEquals(List.of("SELECT 2"), history(v, HistoryFilter.all()).stream().map(HistoryEntry::sql).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void recordsEachStatementOfAScriptOnItsOwn(TestDatabase db) throws Exception {
        String marker = "s" + UUID.randomUUID().toString().substring(0, 8);
        String select = "SELECT 1 AS " + marker;
        String wrong = "SELECT no_such_column_" + marker + " FROM no_such_table_" + marker;
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            String script = select + ";\n" + wrong + ";\nSELECT 2 AS " + marker + ";\n";
            ScriptOutcome outcome = new ExecuteScriptOperation(s.connection(), script, OnError.CONTINUE,
                    (statement, index, result) -> {
                        if (result instanceof StatementResult.Rows rows) {
                            rows.fetch(10);
                        }
                    }).run(Monitor.create());
            assertEquals(3, outcome.outcomes().size());
            List<HistoryEntry> all = history(v, HistoryFilter.all().withText(marker));
            assertEquals(List.of("SELECT 2 AS " + marker, wrong, select), all.stream().map(HistoryEntry::sql).toList());
            assertTrue(all.get(0).succeeded());
            assertEquals(1, all.get(0).rows());
            assertFalse(all.get(1).succeeded());
            assertEquals(outcome.outcomes().get(1).error().getMessage(), all.get(1).error());
        }
    }

    @Test
    void skipsATruncatedLastLineWithAWarningAndAppendsAfterIt() throws Exception {
        QueryHistory history = QueryHistory.of(new VelocityHome(dir));
        history.record(entry("a", "SELECT 1", null));
        history.record(entry("a", "SELECT 2", null));
        Files.writeString(history.file(), "{\"v\":1,\"time\":\"2026-11-2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<HistoryEntry> read = history.find(HistoryFilter.all());
        assertEquals(List.of("SELECT 2", "SELECT 1"), read.stream().map(HistoryEntry::sql).toList());
        List<String> warnings = history.takeWarnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("Line 3"), warnings.get(0));
        history.record(entry("a", "SELECT 3", null));
        assertEquals(List.of("SELECT 3", "SELECT 2", "SELECT 1"),
                history.find(HistoryFilter.all()).stream().map(HistoryEntry::sql).toList());
        Files.writeString(history.file(), "not json at all\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        history.record(entry("b", "SELECT 4", "boom"));
        assertEquals(List.of("SELECT 4", "SELECT 3", "SELECT 2", "SELECT 1"),
                history.find(HistoryFilter.all()).stream().map(HistoryEntry::sql).toList());
        assertEquals(2, history.takeWarnings().size());
    }

    @Test
    void filtersAndLimitsNewestFirst() throws Exception {
        QueryHistory history = QueryHistory.of(new VelocityHome(dir));
        for (int i = 0; i < 30; i++) {
            history.record(entry(i % 2 == 0 ? "even" : "odd", "select " + i + " from Orders", i % 5 == 0 ? "error " + i : null));
        }
        assertEquals(List.of("select 29 from Orders", "select 28 from Orders", "select 27 from Orders"),
                history.find(HistoryFilter.all().withLimit(3)).stream().map(HistoryEntry::sql).toList());
        assertEquals(List.of("select 25 from Orders", "select 15 from Orders", "select 5 from Orders"),
                history.find(HistoryFilter.all().withConnection("odd").withOutcome(HistoryFilter.Outcome.FAILED))
                        .stream().map(HistoryEntry::sql).toList());
        assertEquals(List.of("select 22 from Orders", "select 12 from Orders", "select 2 from Orders"),
                history.find(HistoryFilter.all().withText("2 FROM ORDERS").withOutcome(HistoryFilter.Outcome.SUCCEEDED))
                        .stream().map(HistoryEntry::sql).toList());
        assertEquals(List.of("select 20 from Orders"),
                history.find(HistoryFilter.all().withText("error 20")).stream().map(HistoryEntry::sql).toList());
    }

    @Test
    void compactsToTheNewestEntriesPastItsLimit() throws Exception {
        Path file = dir.resolve("history.jsonl");
        QueryHistory history = new QueryHistory(file, 20_000, true);
        for (int i = 0; i < 400; i++) {
            history.record(entry("c", "SELECT " + i + " /* " + "x".repeat(40) + " */", null));
        }
        assertTrue(Files.size(file) <= 20_000, "size " + Files.size(file));
        List<HistoryEntry> kept = history.find(HistoryFilter.all().withLimit(1000));
        assertTrue(kept.size() > 40 && kept.size() < 400, "kept " + kept.size());
        assertTrue(kept.get(0).sql().startsWith("SELECT 399 "), kept.get(0).sql());
        for (int i = 0; i < kept.size(); i++) {
            assertTrue(kept.get(i).sql().startsWith("SELECT " + (399 - i) + " "), kept.get(i).sql());
        }
        assertEquals(List.of(), history.takeWarnings());
    }

    @Test
    void keepsEveryEntryWhenThreadsAppendAtOnce() throws Exception {
        Path file = dir.resolve("history.jsonl");
        QueryHistory first = new QueryHistory(file, QueryHistory.DEFAULT_MAX_BYTES, true);
        QueryHistory second = new QueryHistory(file, QueryHistory.DEFAULT_MAX_BYTES, true);
        int each = 300;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        for (QueryHistory h : List.of(first, second)) {
            String who = h == first ? "t1" : "t2";
            Thread t = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    h.record(entry(who, who + " statement " + i + " " + "y".repeat(i % 50), null));
                }
            });
            t.setUncaughtExceptionHandler((th, e) -> problems.add(e));
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), problems);
        assertEquals(List.of(), first.takeWarnings());
        assertEquals(List.of(), second.takeWarnings());
        assertAllPresent(first.find(HistoryFilter.all().withLimit(10_000)), List.of("t1", "t2"), each);
        assertEquals(List.of(), first.takeWarnings());
    }

    @Test
    void keepsEveryEntryWhenProcessesAppendAtOnce() throws Exception {
        Path file = dir.resolve("history.jsonl");
        int each = 200;
        List<Process> processes = new ArrayList<>();
        for (String who : List.of("p1", "p2")) {
            processes.add(HistoryWriter.start(file, who, each));
        }
        QueryHistory here = new QueryHistory(file, QueryHistory.DEFAULT_MAX_BYTES, true);
        for (int i = 0; i < each; i++) {
            here.record(entry("p0", "p0 statement " + i, null));
        }
        for (Process p : processes) {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), output);
        }
        assertAllPresent(here.find(HistoryFilter.all().withLimit(10_000)), List.of("p0", "p1", "p2"), each);
        assertEquals(List.of(), here.takeWarnings());
    }

    private static void assertAllPresent(List<HistoryEntry> entries, List<String> writers, int each) {
        assertEquals(writers.size() * each, entries.size());
        for (String who : writers) {
            Set<String> seen = new HashSet<>();
            int last = Integer.MAX_VALUE;
            for (HistoryEntry e : entries) {
                if (e.connection().equals(who)) {
                    int n = Integer.parseInt(e.sql().split(" ")[2]);
                    assertTrue(n < last, "newest first for " + who + ": " + n + " after " + last);
                    last = n;
                    seen.add(e.sql());
                }
            }
            assertEquals(each, seen.size(), who);
        }
        assertNull(entries.stream().filter(e -> !e.succeeded()).findFirst().orElse(null));
    }
}
