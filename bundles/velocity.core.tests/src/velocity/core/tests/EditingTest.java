package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.edit.ApplyResult;
import velocity.core.edit.EditableTable;
import velocity.core.edit.PendingChanges;
import velocity.core.edit.RowChange;
import velocity.core.edit.RowIdentity;
import velocity.core.edit.RowKey;
import velocity.core.metadata.TableRef;
import velocity.core.operations.ApplyChangesOperation;
import velocity.core.operations.DeleteRowOperation;
import velocity.core.operations.GetTableSchemaOperation;
import velocity.core.operations.InsertRowOperation;
import velocity.core.operations.UpdateRowOperation;
import velocity.core.query.TablePage;
import velocity.tests.support.TestDatabase;

class EditingTest {

    @TempDir
    Path dir;

    static EditableTable table(Sandbox s, String name) throws VelocityException {
        return EditableTable.of(new GetTableSchemaOperation(s.connection(), new TableRef(s.schema(), name))
                .run(Monitor.create()), s.connection().dialect());
    }

    static void people(Sandbox s) throws VelocityException {
        s.execute("CREATE TABLE " + s.table("people") + " (id INT NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL, "
                + "note VARCHAR(20))", "INSERT INTO " + s.table("people") + " VALUES (1, 'Ada', NULL), (2, 'Linus', 'x'), "
                + "(3, 'Grace', 'y')");
    }

    static List<String> names(Sandbox s) throws VelocityException {
        return Queries.rows(s.connection(), "SELECT name FROM " + s.table("people") + " ORDER BY id").stream()
                .map(r -> (String) r[0]).toList();
    }

    /** SQLite qualifies the index, the others the table. */
    static String uniqueIndex(Sandbox s, String index, String table, String column) {
        return s.database() == TestDatabase.SQLITE
                ? "CREATE UNIQUE INDEX " + s.table(index) + " ON " + s.quote(table) + " (" + column + ")"
                : "CREATE UNIQUE INDEX " + s.quote(index) + " ON " + s.table(table) + " (" + column + ")";
    }

    static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void rowsAreIdentifiedByTheKeyElseAUniqueNotNullIndexElseTheRowIdElseNothing(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            people(s);
            s.execute("CREATE TABLE " + s.table("coded") + " (code VARCHAR(10) NOT NULL, alt INT, label VARCHAR(10))",
                    uniqueIndex(s, "coded_alt", "coded", "alt"), uniqueIndex(s, "coded_code", "coded", "code"),
                    "CREATE TABLE " + s.table("heap") + " (x INT, y VARCHAR(5))", uniqueIndex(s, "heap_x", "heap", "x"),
                    "CREATE VIEW " + s.table("people_view") + " AS SELECT id, name FROM " + s.table("people"));

            RowIdentity key = table(s, "people").identity();
            assertEquals(RowIdentity.Kind.PRIMARY_KEY, key.kind());
            assertEquals(List.of("id"), key.columns());

            RowIdentity unique = table(s, "coded").identity();
            assertEquals(RowIdentity.Kind.UNIQUE_KEY, unique.kind(), "a nullable unique index does not identify rows");
            assertEquals(List.of("code"), unique.columns());
            assertEquals("coded_code", unique.name());

            RowIdentity heap = table(s, "heap").identity();
            if (db == TestDatabase.SQLITE) {
                assertEquals(RowIdentity.Kind.ROW_ID, heap.kind());
                assertEquals(List.of("rowid"), heap.columns());
            } else {
                assertEquals(RowIdentity.Kind.NONE, heap.kind());
                assertFalse(heap.editable());
                assertTrue(heap.readOnlyReason().contains("no primary key"), heap.readOnlyReason());
                PendingChanges pending = new PendingChanges(table(s, "heap"));
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> pending.delete(RowKey.of(1)));
                assertEquals(heap.readOnlyReason(), e.getMessage());
                pending.insert(values("x", 7));
                assertEquals(1, new ApplyChangesOperation(s.connection(), table(s, "heap"), pending.changes())
                        .run(Monitor.create()).rowsChanged(), "a read-only identity still lets rows be inserted");
            }
            RowIdentity view = table(s, "people_view").identity();
            assertEquals(RowIdentity.Kind.NONE, view.kind());
            assertTrue(view.readOnlyReason().contains("view"), view.readOnlyReason());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void insertsUpdatesAndDeletesOneRowEach(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            people(s);
            EditableTable t = table(s, "people");
            ApplyResult inserted = new InsertRowOperation(s.connection(), t, values("id", 4, "name", "Barbara", "note", null))
                    .run(Monitor.create());
            assertEquals(new ApplyResult(1, 1), inserted);
            assertEquals(new ApplyResult(1, 1), new UpdateRowOperation(s.connection(), t, RowKey.of(2),
                    values("name", "Linus T.", "note", null)).run(Monitor.create()));
            assertEquals(new ApplyResult(1, 1), new DeleteRowOperation(s.connection(), t, RowKey.of(1)).run(Monitor.create()));
            assertEquals(List.of("Linus T.", "Grace", "Barbara"), names(s));
            assertEquals(1, Queries.number(s.connection(), "SELECT COUNT(*) FROM " + s.table("people") + " WHERE note IS NULL"
                    + " AND id = 2"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailingChangeInTheMiddleRollsEverythingBackAndKeepsTheChanges(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            people(s);
            PendingChanges pending = new PendingChanges(table(s, "people"));
            pending.insert(values("id", 10, "name", "New"));
            pending.update(RowKey.of(2), "name", "Changed");
            pending.insert(values("id", 3, "name", "Duplicate key"));
            pending.delete(RowKey.of(1));
            ApplyChangesOperation apply = new ApplyChangesOperation(s.connection(), pending.table(), pending.changes());
            VelocityException e = assertThrows(VelocityException.class, () -> apply.run(Monitor.create()));
            assertTrue(e.getMessage().contains("Change 3 of 4 (insert of a new row)"), e.getMessage());
            assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
            assertNotNull(apply.failure());
            assertEquals(2, apply.failure().index());
            assertTrue(apply.failure().change() instanceof RowChange.Insert i && i.values().get("id").equals(3));
            assertEquals(List.of("Ada", "Linus", "Grace"), names(s), "nothing changed");
            assertEquals(4, pending.size(), "the changes are kept");

            pending.remove(pending.inserts().get(1));
            ApplyResult result = new ApplyChangesOperation(s.connection(), pending.table(), pending.changes())
                    .run(Monitor.create());
            assertEquals(new ApplyResult(3, 3), result);
            assertEquals(List.of("Changed", "Grace", "New"), names(s));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUpdateOrDeleteThatMatchesTwoRowsOrNoneIsRefusedAndRolledBack(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            s.execute("CREATE TABLE " + s.table("dup") + " (grp INT NOT NULL, name VARCHAR(10))",
                    "INSERT INTO " + s.table("dup") + " VALUES (1, 'a'), (1, 'b'), (2, 'c')");
            EditableTable real = table(s, "dup");
            // An identity that is not unique, as a stale or wrong one would be: the row count check still holds.
            EditableTable wrong = new EditableTable(real.schema(),
                    new RowIdentity(RowIdentity.Kind.UNIQUE_KEY, List.of("grp"), "not_unique", null), real.dialect());
            PendingChanges pending = new PendingChanges(wrong);
            pending.update(RowKey.of(2), "name", "C");
            pending.update(RowKey.of(1), "name", "X");
            ApplyChangesOperation apply = new ApplyChangesOperation(s.connection(), wrong, pending.changes());
            VelocityException e = assertThrows(VelocityException.class, () -> apply.run(Monitor.create()));
            assertTrue(e.getMessage().contains("matched 2 rows, not exactly one"), e.getMessage());
            assertEquals(1, apply.failure().index());
            assertEquals(List.of("a", "b", "c"), Queries.rows(s.connection(), "SELECT name FROM " + s.table("dup")
                    + " ORDER BY name").stream().map(r -> r[0]).toList());

            VelocityException none = assertThrows(VelocityException.class,
                    () -> new DeleteRowOperation(s.connection(), wrong, RowKey.of(9)).run(Monitor.create()));
            assertTrue(none.getMessage().contains("matched no row"), none.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void previewShowsTheExactStatementsWithLiterals(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            people(s);
            PendingChanges pending = new PendingChanges(table(s, "people"));
            pending.insert(values("id", 4, "name", "O'Brien \\ Co", "note", null));
            pending.update(RowKey.of(2), "note", "it's");
            pending.update(RowKey.of(2), "name", "L");
            pending.delete(RowKey.of(3));
            String t = s.table("people");
            String backslash = db == TestDatabase.MYSQL ? "\\\\" : "\\";
            assertEquals("INSERT INTO " + t + " (" + s.quote("id") + ", " + s.quote("name") + ", " + s.quote("note")
                    + ") VALUES (4, 'O''Brien " + backslash + " Co', NULL);\n"
                    + "UPDATE " + t + " SET " + s.quote("note") + " = 'it''s', " + s.quote("name") + " = 'L' WHERE "
                    + s.quote("id") + " = 2;\n"
                    + "DELETE FROM " + t + " WHERE " + s.quote("id") + " = 3;\n", pending.previewSql());
            assertEquals("UPDATE " + t + " SET " + s.quote("note") + " = ?, " + s.quote("name") + " = ? WHERE "
                    + s.quote("id") + " = ?", pending.statements().get(1).sql(), "executed with bound values");
            new ApplyChangesOperation(s.connection(), pending.table(), pending.changes()).run(Monitor.create());
            assertEquals("O'Brien \\ Co", Queries.text(s.connection(), "SELECT name FROM " + t + " WHERE id = 4"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oddIdentifiersAreQuoted(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            String table = "Odd \"Tab\" le";
            s.execute("CREATE TABLE " + s.table(table) + " (" + s.quote("Key Col") + " INT NOT NULL PRIMARY KEY, "
                    + s.quote("Mixed Case") + " VARCHAR(20), " + s.quote("qu\"o`te") + " VARCHAR(20))");
            EditableTable t = table(s, table);
            PendingChanges pending = new PendingChanges(t);
            pending.insert(values("Key Col", 1, "Mixed Case", "a", "qu\"o`te", "b"));
            pending.insert(values("Key Col", 2));
            pending.update(RowKey.of(1), "qu\"o`te", "c");
            pending.delete(RowKey.of(2));
            assertEquals(new ApplyResult(4, 4),
                    new ApplyChangesOperation(s.connection(), t, pending.changes()).run(Monitor.create()));
            Object[] row = Queries.rows(s.connection(), "SELECT * FROM " + s.table(table)).get(0);
            assertEquals(List.of(1, "a", "c"), List.of(((Number) row[0]).intValue(), row[1], row[2]));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTableWithoutKeyOnSqliteIsEditedByItsRowId(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            s.execute("CREATE TABLE " + s.table("heap") + " (x INT, y VARCHAR(5))",
                    "INSERT INTO " + s.table("heap") + " VALUES (1, 'a'), (1, 'a'), (3, 'c')");
            TablePage page = TableRowsTest.page(s, "heap", 0, null, false);
            assertEquals(2, page.columns().size(), "the row id is not one of the columns");
            if (db != TestDatabase.SQLITE) {
                assertEquals(List.of(), page.rowIds());
                return;
            }
            assertEquals(3, page.rowIds().size());
            EditableTable t = table(s, "heap");
            Object second = page.rowIds().get(1);
            new UpdateRowOperation(s.connection(), t, new RowKey(List.of(second)), values("y", "b")).run(Monitor.create());
            assertEquals(List.of("a", "b", "c"), Queries.rows(s.connection(), "SELECT y FROM " + s.table("heap")
                    + " ORDER BY rowid").stream().map(r -> r[0]).toList(), "only the one of two equal rows");
            PendingChanges pending = new PendingChanges(t);
            pending.delete(new RowKey(List.of(page.rowIds().get(0))));
            assertEquals("DELETE FROM " + s.table("heap") + " WHERE rowid = " + page.rowIds().get(0) + ";\n",
                    pending.previewSql());
            new ApplyChangesOperation(s.connection(), t, pending.changes()).run(Monitor.create());
            assertEquals(2, Queries.number(s.connection(), "SELECT COUNT(*) FROM " + s.table("heap")));
        }
    }
}
