package velocity.core.tests;

import velocity.tests.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.core.operations.GetTableRowsOperation;
import velocity.core.query.TablePage;
import velocity.core.query.TablePageRequest;

class TableRowsTest {

    static final String TABLE = "Paged \"Rows\"";

    @TempDir
    Path dir;

    /** 1,050 rows with a two-column key, inserted out of key order. */
    static void fill(Sandbox s) throws VelocityException {
        s.execute("CREATE TABLE " + s.table(TABLE) + " (" + s.quote("Grp") + " INT NOT NULL, n INT NOT NULL, label VARCHAR(20), "
                + "PRIMARY KEY (" + s.quote("Grp") + ", n))");
        StringBuilder insert = new StringBuilder("INSERT INTO " + s.table(TABLE) + " VALUES ");
        for (int i = 1050; i >= 1; i--) {
            insert.append('(').append(i % 3).append(", ").append(i).append(", 'row ").append(i).append("')")
                    .append(i > 1 ? ", " : "");
        }
        s.execute(insert.toString());
    }

    static TablePage page(Sandbox s, String table, long page, List<Object> after, boolean count) throws VelocityException {
        return new GetTableRowsOperation(s.connection(), new TablePageRequest(new TableRef(s.schema(), table), 200, page,
                after, count)).run(Monitor.create());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesInKeyOrderByOffsetAndByKeyset(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            fill(s);
            TablePage first = page(s, TABLE, 0, null, true);
            assertEquals(List.of("Grp", "n"), first.keyColumns());
            assertEquals(1050, first.exactCount());
            assertEquals(200, first.rows().size());
            assertTrue(first.hasMore());
            assertEquals(List.of(0, 3), key(first.rows().get(0)), "ordered by the key, not insertion");

            List<List<Integer>> byKeyset = new ArrayList<>(keys(first));
            TablePage p = first;
            while (p.hasMore()) {
                p = page(s, TABLE, 0, p.lastKey(), false);
                assertEquals(-1, p.exactCount());
                byKeyset.addAll(keys(p));
            }
            assertEquals(1050, byKeyset.size());
            assertEquals(50, p.rows().size());

            List<List<Integer>> byOffset = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                byOffset.addAll(keys(page(s, TABLE, i, null, false)));
            }
            assertEquals(byKeyset, byOffset);
            assertFalse(page(s, TABLE, 5, null, false).hasMore());
            assertEquals(List.of(), page(s, TABLE, 9, null, false).rows());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTableWithoutKeyIsPagedInTheDatabaseOrder(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            s.execute("CREATE TABLE " + s.table("heap") + " (x INT, y VARCHAR(5))",
                    "INSERT INTO " + s.table("heap") + " VALUES (1, 'a'), (2, NULL), (3, 'c')");
            TablePage p = page(s, "heap", 0, null, true);
            assertEquals(List.of(), p.keyColumns());
            assertNull(p.lastKey());
            assertEquals(3, p.rows().size());
            assertEquals(3, p.exactCount());
            assertTrue(p.rows().stream().anyMatch(r -> r[1] == null), "NULL kept as null");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownTableIsNamed(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            VelocityException e = assertThrows(VelocityException.class, () -> page(s, "nope", 0, null, false));
            assertEquals(ErrorKind.UNKNOWN_OBJECT, e.kind());
        }
    }

    private static List<Integer> key(Object[] row) {
        return List.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    private static List<List<Integer>> keys(TablePage page) {
        return page.rows().stream().map(TableRowsTest::key).toList();
    }
}
