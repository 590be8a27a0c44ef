package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.export.ExportOptions;
import velocity.core.export.ExportSource;
import velocity.core.export.ExporterDescriptor;
import velocity.core.export.RowWriter;
import velocity.core.operations.ExportOperation;
import velocity.tests.support.TestDatabase;

/** A cancelled or failed export leaves no file, and never touches an existing one unless asked to. */
class ExportSafetyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCancelStopsTheStatementAndLeavesNoFile(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home")); Sandbox s = Sandbox.open(v, db, dir)) {
            Path out = Files.createDirectory(dir.resolve("out"));
            cancelWhileRunning(new ExportOperation(s.connection(),
                    new ExportSource.Query(CancelTest.longStatement(db)), v.exporters().get("csv"),
                    ExportOptions.DEFAULTS, out.resolve("long.csv"), false).clientSide(), "Running the statement");
            assertEquals(List.of(), list(out), "nothing left in the folder");
            assertEquals(1, Queries.number(s.connection(), "SELECT 1"), "the connection is still usable");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void aCancelStopsPostgresqlsCopy(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home")); Sandbox s = Sandbox.open(v, db, dir)) {
            Path out = Files.createDirectory(dir.resolve("out"));
            String marker = "export_cancel_" + UUID.randomUUID().toString().substring(0, 8);
            ExportOperation export = new ExportOperation(s.connection(),
                    new ExportSource.Query("SELECT pg_sleep(60) AS " + marker), v.exporters().get("csv"),
                    ExportOptions.DEFAULTS, out.resolve("copy.csv"), false);
            Monitor monitor = Monitor.create();
            CompletableFuture<Object> result = runAside(export, monitor);
            // The copy gives no progress until its first row: watch for it on the server instead.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (Queries.number(s.connection(), "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND "
                    + "query LIKE 'COPY (%" + marker + "%'") == 0) {
                assertTrue(System.nanoTime() < deadline, "the COPY never reached the server");
                Thread.onSpinWait();
            }
            long start = System.nanoTime();
            monitor.cancel();
            Object outcome = result.get(5, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "the cancel took too long");
            VelocityException e = assertInstanceOf(VelocityException.class, outcome);
            assertEquals(ErrorKind.CANCELLED, e.kind(), e.getMessage());
            assertEquals(List.of(), list(out));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailureLeavesNoFileAndKeepsAnExistingOne(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home")); Sandbox s = Sandbox.open(v, db, dir)) {
            Path out = Files.createDirectory(dir.resolve("out"));
            for (boolean serverSide : List.of(true, false)) {
                ExportOperation bad = new ExportOperation(s.connection(),
                        new ExportSource.Query("SELECT no_such_column FROM no_such_table_" + db.dialect()),
                        v.exporters().get("csv"), ExportOptions.DEFAULTS, out.resolve("bad.csv"), false);
                VelocityException e = assertThrows(VelocityException.class,
                        () -> (serverSide ? bad : bad.clientSide()).run(Monitor.create()));
                assertTrue(e.getMessage().contains(s.connection().name()), e.getMessage());
                assertEquals(List.of(), list(out), "no file after a failure");
            }

            Path existing = out.resolve("existing.csv");
            Files.writeString(existing, "keep me\n");
            VelocityException failed = assertThrows(VelocityException.class, () -> new ExportOperation(s.connection(),
                    new ExportSource.Query("SELECT nothing FROM nowhere_at_all"), v.exporters().get("json"),
                    ExportOptions.DEFAULTS, existing, true).run(Monitor.create()));
            assertFalse(failed.kind() == ErrorKind.IO, failed.getMessage());
            assertEquals("keep me\n", Files.readString(existing));

            VelocityException refused = assertThrows(VelocityException.class, () -> new ExportOperation(s.connection(),
                    new ExportSource.Query("SELECT 1 AS one"), v.exporters().get("csv"), ExportOptions.DEFAULTS,
                    existing, false).run(Monitor.create()));
            assertTrue(refused.getMessage().contains("exists already"), refused.getMessage());
            assertEquals("keep me\n", Files.readString(existing));
            assertEquals(List.of("existing.csv"), list(out));

            new ExportOperation(s.connection(), new ExportSource.Query("SELECT 1 AS one"), v.exporters().get("csv"),
                    ExportOptions.DEFAULTS, existing, true).run(Monitor.create());
            assertEquals("one\n1\n", Files.readString(existing));
            assertEquals(List.of("existing.csv"), list(out));
        }
    }

    /**
     * Rows are formatted on a thread of their own: a write that fails there, or a cancel while rows flow,
     * must still end the export with the writer's error or as cancelled, stop the statement, and leave no file.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aWriteFailingOrACancelWhileRowsAreWrittenLeavesNoFileAndAUsableConnection(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home")); Sandbox s = Sandbox.open(v, db, dir)) {
            Path out = Files.createDirectory(dir.resolve("out"));
            AtomicLong written = new AtomicLong();
            ExporterDescriptor failing = new ExporterDescriptor("failing", "Failing", null, "txt", Set.of(),
                    "velocity.core.tests", () -> (columns, options, stream) -> new RowWriter() {
                        @Override
                        public void write(Object[] row) throws IOException {
                            if (written.incrementAndGet() > 5_000) {
                                throw new IOException("the disk is full");
                            }
                            stream.write(String.valueOf(row[0]).getBytes(StandardCharsets.UTF_8));
                        }

                        @Override
                        public void finish() throws IOException {
                            stream.flush();
                        }
                    });
            // 100,000 rows on every database: MariaDB stops a recursive CTE after 1,000 iterations by default.
            String ten = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4"
                    + " UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)";
            String rows = "SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS i FROM " + ten + " a, " + ten
                    + " b, " + ten + " c, " + ten + " e, " + ten + " f";
            ExportOperation export = new ExportOperation(s.connection(), new ExportSource.Query(rows), failing,
                    ExportOptions.DEFAULTS, out.resolve("rows.txt"), false);
            VelocityException e = assertThrows(VelocityException.class, () -> export.run(Monitor.create()));
            assertEquals(ErrorKind.IO, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
            assertTrue(written.get() > 5_000, "the writer saw " + written.get() + " rows");
            assertEquals(List.of(), list(out), "nothing left in the folder");
            assertEquals(1, Queries.number(s.connection(), "SELECT 1"), "the connection is still usable");

            Monitor monitor = Monitor.create();
            AtomicLong seen = new AtomicLong();
            ExporterDescriptor cancelling = new ExporterDescriptor("cancelling", "Cancelling", null, "txt", Set.of(),
                    "velocity.core.tests", () -> (columns, options, stream) -> new RowWriter() {
                        @Override
                        public void write(Object[] row) {
                            if (seen.incrementAndGet() == 5_000) {
                                monitor.cancel();
                            }
                        }

                        @Override
                        public void finish() {
                        }
                    });
            VelocityException cancelled = assertThrows(VelocityException.class, () -> new ExportOperation(
                    s.connection(), new ExportSource.Query(rows), cancelling, ExportOptions.DEFAULTS,
                    out.resolve("cancelled.txt"), false).run(monitor));
            assertEquals(ErrorKind.CANCELLED, cancelled.kind(), cancelled.getMessage());
            assertEquals(List.of(), list(out), "nothing left after a cancel while rows are written");
            assertEquals(1, Queries.number(s.connection(), "SELECT 1"), "the connection is still usable");
        }
    }

    /** Runs the export aside, cancels it once it reports {@code phase}, and checks it ends cancelled, quickly. */
    private static void cancelWhileRunning(ExportOperation export, String phase) throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        Monitor monitor = Monitor.create(new Monitor.ProgressListener() {
            @Override
            public void task(String name, long totalWork) {
                if (name.startsWith(phase)) {
                    running.countDown();
                }
            }

            @Override
            public void worked(long units) {
            }
        });
        CompletableFuture<Object> result = runAside(export, monitor);
        assertTrue(running.await(10, TimeUnit.SECONDS), "the statement was never sent");
        long start = System.nanoTime();
        monitor.cancel();
        Object outcome = result.get(5, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "the cancel took too long");
        VelocityException e = assertInstanceOf(VelocityException.class, outcome);
        assertEquals(ErrorKind.CANCELLED, e.kind(), e.getMessage());
    }

    private static CompletableFuture<Object> runAside(ExportOperation export, Monitor monitor) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(export.run(monitor));
            } catch (VelocityException | RuntimeException e) {
                result.complete(e);
            }
        }, "export under test");
        worker.setDaemon(true);
        worker.start();
        return result;
    }

    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
