package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.core.operations.GetTableRowsOperation;
import velocity.core.query.FilterCondition;
import velocity.core.query.FilterOperator;
import velocity.core.query.SortKey;
import velocity.core.query.TableFilter;
import velocity.core.query.TablePage;
import velocity.core.query.TablePageRequest;
import velocity.tests.support.TestDatabase;

/** Filter values for booleans, timestamps and big integers, which PostgreSQL compares only as themselves. */
class TableFilterTypesTest {

    private static final String TABLE = "typed_filter";

    @TempDir
    Path dir;

    /** Row i (1..20): flag true for even i, at 2026-01-01 00:00 plus i hours (NULL when i is 7), big i * 10^12. */
    private static void create(Sandbox s) throws VelocityException {
        String timestamp = s.database() == TestDatabase.MYSQL ? "DATETIME" : "TIMESTAMP";
        s.execute("CREATE TABLE " + s.table(TABLE) + " (id INT NOT NULL PRIMARY KEY, flag BOOLEAN NOT NULL, at "
                + timestamp + " NULL, big BIGINT NOT NULL)");
        StringBuilder insert = new StringBuilder("INSERT INTO " + s.table(TABLE) + " VALUES ");
        for (int i = 1; i <= 20; i++) {
            String at = i == 7 ? "NULL" : String.format("'2026-01-01 %02d:00:00'", i);
            String flag = s.database() == TestDatabase.SQLITE ? (i % 2 == 0 ? "1" : "0") : (i % 2 == 0 ? "TRUE" : "FALSE");
            insert.append(i > 1 ? ", " : "").append('(').append(i).append(", ").append(flag).append(", ").append(at)
                    .append(", ").append(i * 1_000_000_000_000L).append(')');
        }
        s.execute(insert.toString());
    }

    private static TablePage page(Sandbox s, TableFilter filter, int size, long page, List<Object> after)
            throws VelocityException {
        return new GetTableRowsOperation(s.connection(), new TablePageRequest(new TableRef(s.schema(), TABLE), size, page,
                after, true, filter)).run(Monitor.create());
    }

    private static List<Integer> ids(TablePage page) {
        return page.rows().stream().map(r -> ((Number) r[0]).intValue()).toList();
    }

    private static TableFilter where(FilterCondition... conditions) {
        return new TableFilter(List.of(conditions), null, List.of());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void booleansTimestampsAndBigIntegersAreComparedAsThemselves(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            create(s);
            assertEquals(List.of(2, 4, 6, 8, 10, 12, 14, 16, 18, 20),
                    ids(page(s, where(FilterCondition.of("flag", FilterOperator.EQUALS, "true")), 100, 0, null)));
            assertEquals(10, page(s, where(FilterCondition.of("flag", FilterOperator.EQUALS, "0")), 100, 0, null)
                    .exactCount());
            assertEquals(List.of(18, 19, 20), ids(page(s,
                    where(FilterCondition.of("at", FilterOperator.GREATER_OR_EQUAL, "2026-01-01 18:00:00")), 100, 0, null)));
            assertEquals(List.of(3, 4, 5, 6, 8), ids(page(s, where(FilterCondition.of("at", FilterOperator.BETWEEN,
                    "2026-01-01 03:00:00", "2026-01-01 08:00:00")), 100, 0, null)), "the NULL of row 7 is not between");
            assertEquals(List.of(7), ids(page(s, where(FilterCondition.of("at", FilterOperator.IS_NULL)), 100, 0, null)));
            assertEquals(List.of(19, 20), ids(page(s,
                    where(FilterCondition.of("big", FilterOperator.GREATER, "18000000000000")), 100, 0, null)));
            VelocityException e = assertThrows(VelocityException.class,
                    () -> page(s, where(FilterCondition.of("flag", FilterOperator.EQUALS, "maybe")), 100, 0, null));
            assertTrue(e.getMessage().contains("column 'flag'") && e.getMessage().contains("true or false"),
                    e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSortOnABooleanAndABigIntegerSeeksAcrossPages(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            create(s);
            TableFilter filter = new TableFilter(List.of(FilterCondition.of("id", FilterOperator.NOT_EQUALS, "5")), null,
                    List.of(SortKey.desc("flag"), SortKey.asc("big")));
            List<Integer> all = new ArrayList<>();
            TablePage p = page(s, filter, 3, 0, null);
            assertFalse(p.seekColumns().isEmpty(), "NOT NULL sort columns seek");
            all.addAll(ids(p));
            for (long n = 1; p.hasMore(); n++) {
                p = page(s, filter, 3, n, p.lastKey());
                all.addAll(ids(p));
            }
            assertEquals(List.of(2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 1, 3, 7, 9, 11, 13, 15, 17, 19), all);
            assertEquals(19, p.exactCount());
        }
    }
}
