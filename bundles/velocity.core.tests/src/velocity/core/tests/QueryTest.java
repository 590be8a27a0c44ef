package velocity.core.tests;

import velocity.tests.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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
import velocity.core.query.RowPage;
import velocity.core.query.StatementResult;

class QueryTest {

    @TempDir
    Path dir;

    /** 1..n for n up to 10,000, in plain SQL all three accept (MariaDB caps recursive CTEs at 1,000 rows). */
    static String counting(int n) {
        return "WITH d(v) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 "
                + "UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) "
                + "SELECT a.v * 1000 + b.v * 100 + c.v * 10 + e.v + 1 AS x FROM d a, d b, d c, d e "
                + "WHERE a.v * 1000 + b.v * 100 + c.v * 10 + e.v < " + n + " ORDER BY x";
    }

    static QueryExecution run(Sandbox s, String sql) throws VelocityException {
        return new ExecuteQueryOperation(s.connection(), QueryRequest.of(sql)).run(Monitor.create());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void streamsAResultPageByPage(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir);
                QueryExecution e = run(s, counting(5000))) {
            StatementResult.Rows rows = assertInstanceOf(StatementResult.Rows.class, e.nextResult());
            assertEquals(1, rows.columns().size());
            RowPage first = rows.fetch(200);
            assertEquals(200, first.rows().size());
            assertFalse(first.last());
            assertEquals(1L, ((Number) first.rows().get(0)[0]).longValue());
            long expected = 201;
            while (!rows.exhausted()) {
                for (Object[] row : rows.fetch(1000).rows()) {
                    assertEquals(expected++, ((Number) row[0]).longValue());
                }
            }
            assertEquals(5001, expected);
            assertEquals(5000, rows.rowsFetched());
            assertNull(e.nextResult());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsValuesOfEveryKindAndNull(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir);
                QueryExecution e = run(s, "SELECT 42 AS i, 'it''s' AS t, NULL AS n, 2.5 AS d")) {
            StatementResult.Rows rows = (StatementResult.Rows) e.nextResult();
            assertEquals(List.of("i", "t", "n", "d"), rows.columns().stream().map(c -> c.label()).toList());
            Object[] row = rows.fetch(10).rows().get(0);
            assertEquals(42L, ((Number) row[0]).longValue());
            assertEquals("it's", row[1]);
            assertNull(row[2]);
            assertEquals(2.5, ((Number) row[3]).doubleValue(), 1e-9);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reportsUpdateCountsAndCommitsThem(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            s.execute("CREATE TABLE " + s.table("items") + " (id INT PRIMARY KEY, label VARCHAR(20))");
            try (QueryExecution e = run(s, "INSERT INTO " + s.table("items") + " VALUES (1, 'a'), (2, 'b'), (3, 'c')")) {
                assertEquals(new StatementResult.UpdateCount(3), e.nextResult());
                assertNull(e.nextResult());
            }
            try (QueryExecution e = run(s, "SELECT COUNT(*) FROM " + s.table("items"))) {
                Object count = ((StatementResult.Rows) e.nextResult()).fetch(1).rows().get(0)[0];
                assertEquals(3L, ((Number) count).longValue(), "visible to the next statement: committed");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void returnsSeveralResultsAndWarnings(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir);
                QueryExecution e = run(s, "SELECT 1 AS a; DO $$ BEGIN RAISE WARNING 'careful now'; END $$; SELECT 2 AS b")) {
            assertEquals("a", ((StatementResult.Rows) e.nextResult()).columns().get(0).label());
            assertInstanceOf(StatementResult.UpdateCount.class, e.nextResult());
            StatementResult.Rows second = (StatementResult.Rows) e.nextResult();
            assertEquals(2, ((Number) second.fetch(5).rows().get(0)[0]).intValue());
            assertNull(e.nextResult());
            assertTrue(e.warnings().stream().anyMatch(w -> w.contains("careful now")), e.warnings().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void keepsTheOffsetOfATimestampWithTimeZone(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir);
                QueryExecution e = run(s, "SELECT TIMESTAMPTZ '2026-03-01 12:30:00+02' AS t")) {
            Object value = ((StatementResult.Rows) e.nextResult()).fetch(1).rows().get(0)[0];
            java.time.OffsetDateTime t = assertInstanceOf(java.time.OffsetDateTime.class, value);
            assertEquals(java.time.Instant.parse("2026-03-01T10:30:00Z"), t.toInstant());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "MYSQL")
    void collectsServerWarnings(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir);
                QueryExecution e = run(s, "SELECT 1 / 0 AS x")) {
            ((StatementResult.Rows) e.nextResult()).fetch(5);
            assertTrue(e.warnings().stream().anyMatch(w -> w.toLowerCase().contains("division by 0")), e.warnings().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSyntaxErrorCarriesItsPosition(TestDatabase db) throws Exception {
        String sql = "SELECT id FROM nowhere ORDER BYE id";
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            VelocityException e = assertThrows(VelocityException.class, () -> run(s, sql));
            assertEquals(ErrorKind.SYNTAX, e.kind(), e.getMessage());
            assertEquals(sql.indexOf("BYE"), e.position(), e.getMessage());
            assertTrue(e.getMessage().contains(s.connection().name()), e.getMessage());
            if (db != TestDatabase.SQLITE) {
                assertTrue(e.sqlState() != null && e.sqlState().startsWith("42"), e.sqlState());
            }
            assertEquals(List.of(1L), List.of(selectOne(s)), "the connection is still usable");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownTableIsReportedAsSuch(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            VelocityException e = assertThrows(VelocityException.class,
                    () -> run(s, "SELECT * FROM " + s.table("velocity_missing_table")));
            assertEquals(ErrorKind.UNKNOWN_OBJECT, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("velocity_missing_table"), e.getMessage());
        }
    }

    static long selectOne(Sandbox s) throws VelocityException {
        try (QueryExecution e = run(s, "SELECT 1")) {
            return ((Number) ((StatementResult.Rows) e.nextResult()).fetch(1).rows().get(0)[0]).longValue();
        }
    }
}
