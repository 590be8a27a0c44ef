package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;
import velocity.core.operations.CreateSampleDatabaseOperation;
import velocity.core.operations.PrepareSampleOperation;
import velocity.core.operations.SaveConnectionOperation;

/** Where the sample database goes, what it never replaces, and the first start that creates it. */
class SampleFileTest {

    @TempDir
    Path dir;

    @Test
    void refusesToReplaceAFile() throws Exception {
        Path file = dir.resolve("files/taken.db");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a database");
        try (Velocity v = TestVelocity.open(dir.resolve("home"))) {
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new CreateSampleDatabaseOperation(v.manager(), file).run(Monitor.create()));
            assertEquals(ErrorKind.IO, e.kind());
            assertEquals("The file " + file.toAbsolutePath() + " exists already; the sample database is never written"
                    + " over a file. Remove it, or choose another path.", e.getMessage());
        }
        assertEquals("not a database", Files.readString(file));
        assertEquals(List.of("taken.db"), names(file.getParent()));
    }

    @Test
    void aSecondRunRefusesAndLeavesTheFirstFile() throws Exception {
        Path file = dir.resolve("files/shop.db");
        try (Velocity v = TestVelocity.open(dir.resolve("home"))) {
            new CreateSampleDatabaseOperation(v.manager(), file).run(Monitor.create());
            long size = Files.size(file);
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new CreateSampleDatabaseOperation(v.manager(), file).run(Monitor.create()));
            assertTrue(e.getMessage().contains("exists already"), e.getMessage());
            assertEquals(size, Files.size(file));
            assertTrue(v.manager().active().isEmpty(), "the generation's connection is closed");
        }
        assertEquals(List.of("shop.db"), names(file.getParent()));
    }

    @Test
    void aCancelLeavesNoFile() throws Exception {
        Path folder = dir.resolve("out");
        AtomicReference<Monitor> monitor = new AtomicReference<>();
        monitor.set(Monitor.create(new Monitor.ProgressListener() {
            @Override
            public void task(String name, long totalWork) {
            }

            @Override
            public void worked(long units) {
                // The user cancels once the first rows are in.
                monitor.get().cancel();
            }
        }));
        try (Velocity v = TestVelocity.open(dir.resolve("home"))) {
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new CreateSampleDatabaseOperation(v.manager(), folder.resolve("shop.db")).run(monitor.get()));
            assertEquals(ErrorKind.CANCELLED, e.kind(), e.getMessage());
            assertTrue(v.manager().active().isEmpty(), "the generation's connection is closed");
        }
        assertEquals(List.of(), names(folder), "no database, no temporary file");
    }

    @Test
    void anAlreadyCancelledMonitorCreatesNothing() throws Exception {
        Monitor monitor = Monitor.create();
        monitor.cancel();
        try (Velocity v = TestVelocity.open(dir.resolve("home"))) {
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new CreateSampleDatabaseOperation(v.manager(), dir.resolve("out/shop.db")).run(monitor));
            assertEquals(ErrorKind.CANCELLED, e.kind(), e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("out")), "not even the folder");
    }

    @Test
    void theFirstStartCreatesTheSampleAndItsConnectionOnce() throws Exception {
        Path home = dir.resolve("home");
        try (Velocity v = TestVelocity.open(home)) {
            assertTrue(new PrepareSampleOperation(v).run(Monitor.create()));
            Path file = new VelocityHome(home).sampleFile();
            assertEquals(home.resolve("sample").resolve("velocity-sample.db"), file);
            assertTrue(Files.isRegularFile(file));
            ConnectionSettings saved = v.connections().get("Sample (SQLite)");
            assertEquals("sqlite", saved.dialect());
            assertEquals(file.toAbsolutePath().toString(), saved.database());
            assertFalse(saved.savePassword());
            assertEquals(3_000, Queries.number(v.manager().connect(saved, null, Monitor.create()),
                    "SELECT COUNT(*) FROM customers"));

            long modified = Files.getLastModifiedTime(file).toMillis();
            assertFalse(new PrepareSampleOperation(v).run(Monitor.create()), "a second start does nothing");
            assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
            assertEquals(1, v.connections().list().size());
        }
    }

    @Test
    void nothingHappensWhenConnectionsWereSavedBefore() throws Exception {
        Path home = dir.resolve("home");
        try (Velocity v = TestVelocity.open(home)) {
            ConnectionSettings mine = ConnectionSettings.builder("mine", "sqlite").database(dir.resolve("m.db").toString())
                    .build();
            new SaveConnectionOperation(v.connections(), mine, null).run(Monitor.create());
            v.connections().delete("mine");
            assertTrue(Files.exists(v.connections().file()), "an empty list is still a connections file");
            assertFalse(new PrepareSampleOperation(v).run(Monitor.create()));
            assertFalse(Files.exists(new VelocityHome(home).sampleFile().getParent()));
            assertEquals(List.of(), v.connections().list());
        }
    }

    @Test
    void nothingHappensWhenTheSampleFileExists() throws Exception {
        Path home = dir.resolve("home");
        Path file = new VelocityHome(home).sampleFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "kept");
        try (Velocity v = TestVelocity.open(home)) {
            assertFalse(new PrepareSampleOperation(v).run(Monitor.create()));
            assertEquals("kept", Files.readString(file));
            assertFalse(Files.exists(v.connections().file()), "no connection was saved");
        }
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
