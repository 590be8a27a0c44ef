package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.ConnectionSettings;
import velocity.core.ConnectionStore;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.operations.DeleteConnectionOperation;
import velocity.core.operations.DuplicateConnectionOperation;
import velocity.core.operations.RenameConnectionOperation;
import velocity.core.operations.SaveConnectionOperation;

class ConnectionStoreTest {

    @TempDir
    Path home;

    private static ConnectionSettings pg(String name) {
        return ConnectionSettings.builder(name, "postgresql").host("db.example.org").port(5433).database("sales")
                .user("ann").property("sslmode", "require").savePassword(true).build();
    }

    @Test
    void savesListsAndReadsBackEveryField() throws Exception {
        try (Velocity v = TestVelocity.open(home)) {
            new SaveConnectionOperation(v.connections(), pg("Sales"), "s3cret-Pa55".toCharArray()).run(Monitor.create());
            new SaveConnectionOperation(v.connections(), ConnectionSettings.builder("Local file", "sqlite")
                    .database("/tmp/x.db").build(), null).run(Monitor.create());
            List<ConnectionSettings> all = v.connections().list();
            assertEquals(List.of("Sales", "Local file"), all.stream().map(ConnectionSettings::name).toList());
            assertEquals(pg("Sales"), all.get(0));
            assertEquals(pg("Sales"), v.connections().get("Sales"));
        }
        try (Velocity fresh = TestVelocity.open(home)) {
            assertEquals(pg("Sales"), fresh.connections().get("Sales"), "read back by another instance");
            assertArrayEquals("s3cret-Pa55".toCharArray(), fresh.secrets().get("Sales"));
        }
    }

    @Test
    void passwordsNeverReachThePlainFiles() throws Exception {
        try (Velocity v = TestVelocity.open(home)) {
            v.connections().save(pg("Sales"), "s3cret-Pa55".toCharArray());
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("s3cret-Pa55"), "password in clear in " + f);
            }
        }
        String json = Files.readString(home.resolve("connections.json"));
        assertFalse(json.toLowerCase().contains("password\":\""), json);
    }

    @Test
    void replacesDeletesAndDuplicatesWithThePassword() throws Exception {
        try (Velocity v = TestVelocity.open(home)) {
            ConnectionStore store = v.connections();
            store.save(pg("Sales"), "pw1".toCharArray());
            store.save(pg("Sales").toBuilder().port(6000).build(), null);
            assertEquals(6000, store.get("Sales").port());
            assertArrayEquals("pw1".toCharArray(), v.secrets().get("Sales"), "password kept when not given");

            ConnectionSettings copy = new DuplicateConnectionOperation(store, "Sales", null).run(Monitor.create());
            assertEquals("Sales (copy)", copy.name());
            assertEquals("Sales (copy 2)", store.duplicate("Sales", null).name());
            assertArrayEquals("pw1".toCharArray(), v.secrets().get("Sales (copy)"));
            VelocityException taken = assertThrows(VelocityException.class, () -> store.duplicate("Sales", "Sales (copy)"));
            assertEquals(ErrorKind.CONFIGURATION, taken.kind());

            new DeleteConnectionOperation(store, v.manager(), "Sales").run(Monitor.create());
            assertTrue(store.find("Sales").isEmpty());
            assertNull(v.secrets().get("Sales"), "password deleted with its connection");
            VelocityException missing = assertThrows(VelocityException.class, () -> store.get("Sales"));
            assertTrue(missing.getMessage().contains("Sales (copy)"), missing.getMessage());
        }
    }

    @Test
    void renamingMovesThePasswordAndRemovesTheOldName() throws Exception {
        try (Velocity v = TestVelocity.open(home)) {
            ConnectionStore store = v.connections();
            store.save(pg("Sales"), "pw1".toCharArray());
            ConnectionSettings renamed = pg("Revenue");
            new RenameConnectionOperation(v, "Sales", renamed, null).run(Monitor.create());
            assertEquals(List.of("Revenue"), store.list().stream().map(ConnectionSettings::name).toList());
            assertArrayEquals("pw1".toCharArray(), v.secrets().get("Revenue"), "the old name's password moves");
            assertNull(v.secrets().get("Sales"));

            new RenameConnectionOperation(v, "Revenue", pg("Income"), "pw2".toCharArray()).run(Monitor.create());
            assertArrayEquals("pw2".toCharArray(), v.secrets().get("Income"), "a password given wins");
            assertTrue(store.find("Revenue").isEmpty());
        }
    }

    @Test
    void aCorruptFileIsKeptAsideAndNeverOverwritten() throws Exception {
        Path file = home.resolve("connections.json");
        String garbage = "{\"format\": 1, \"connections\": [ {\"name\": \"half";
        Files.writeString(file, garbage);
        try (Velocity v = TestVelocity.open(home)) {
            assertEquals(List.of(), v.connections().list());
            List<String> warnings = v.connections().takeWarnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("not valid JSON"), warnings.get(0));
            Path aside = asideFile(".corrupt-");
            assertTrue(warnings.get(0).contains(aside.toString()), warnings.get(0));
            assertEquals(garbage, Files.readString(aside), "kept byte for byte");
            v.connections().save(pg("New"), null);
            assertEquals(garbage, Files.readString(aside), "still there after a save");
        }
    }

    @Test
    void aFileFromANewerVelocityIsKeptAside() throws Exception {
        String newer = "{\"format\": 7, \"connections\": [], \"profiles\": {}}";
        Files.writeString(home.resolve("connections.json"), newer);
        try (Velocity v = TestVelocity.open(home)) {
            assertEquals(List.of(), v.connections().list());
            String warning = v.connections().takeWarnings().get(0);
            assertTrue(warning.contains("newer Velocity"), warning);
            assertEquals(newer, Files.readString(asideFile(".newer-")));
        }
    }

    @Test
    void writesLeaveNoTemporaryFiles() throws Exception {
        try (Velocity v = TestVelocity.open(home)) {
            for (int i = 0; i < 5; i++) {
                v.connections().save(pg("c" + i), null);
            }
        }
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList());
        }
    }

    private Path asideFile(String marker) throws Exception {
        try (Stream<Path> files = Files.list(home)) {
            return files.filter(f -> f.getFileName().toString().contains(marker)).findFirst().orElseThrow();
        }
    }
}
