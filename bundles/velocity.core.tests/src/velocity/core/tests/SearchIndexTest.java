package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.operations.IndexCatalogOperation;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchIndex;
import velocity.core.search.SearchKind;
import velocity.core.search.SearchResult;
import velocity.tests.support.TestDatabase;

/** Filling the Open Anything index from each database's catalog. */
class SearchIndexTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void findsTheTablesViewsColumnsAndRoutinesASchemaHas(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            s.execute("CREATE TABLE " + s.table("customer_orders") + " (id INT PRIMARY KEY, shipped_on DATE)",
                    "CREATE VIEW " + s.table("late_deliveries") + " AS SELECT id FROM " + s.table("customer_orders"));
            if (db == TestDatabase.POSTGRESQL) {
                s.execute("CREATE FUNCTION %s.order_total(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n'");
            } else if (db == TestDatabase.MYSQL) {
                s.execute("CREATE FUNCTION %s.order_total(n INT) RETURNS INT DETERMINISTIC RETURN n");
            }
            SearchIndex index = new SearchIndex();
            String name = s.connection().name();
            int count = new IndexCatalogOperation(s.connection(), index, List.of(s.schema())).run(Monitor.create());
            assertEquals(count, index.entries(SearchIndex.catalogSource(name)).size());
            assertEquals(db == TestDatabase.SQLITE ? 5 : 6, count, "2 tables and views, 3 columns, the function");

            SearchEntry table = best(index, "customer_orders", s.schema());
            assertEquals(new SearchEntry(SearchKind.TABLE, name, s.schema(), "customer_orders", null, null, null, null),
                    table);
            SearchEntry view = best(index, "latedel", s.schema());
            assertEquals(SearchKind.VIEW, view.kind());
            assertEquals("late_deliveries", view.name());
            SearchEntry column = best(index, "shipped", s.schema());
            assertEquals(SearchKind.COLUMN, column.kind());
            assertEquals("customer_orders", column.table());
            assertTrue(column.detail().toLowerCase().startsWith("customer_orders.shipped_on date"), column.detail());
            if (db != TestDatabase.SQLITE) {
                SearchEntry function = best(index, "ordtot", s.schema());
                assertEquals(SearchKind.FUNCTION, function.kind());
                assertEquals("order_total", function.function().name());
                assertTrue(function.detail().startsWith("order_total(n int"), function.detail());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void withoutSchemasItIndexesEveryUserSchemaAndReplacesTheConnectionsEntries(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            s.execute("CREATE TABLE " + s.table("invoice_lines") + " (id INT PRIMARY KEY)");
            SearchIndex index = new SearchIndex();
            String source = SearchIndex.catalogSource(s.connection().name());
            index.replace(source, List.of(SearchEntry.table(s.connection().name(),
                    new TableInfo(s.schema(), "dropped_long_ago", TableKind.TABLE, null, -1))));
            new IndexCatalogOperation(s.connection(), index, null).run(Monitor.create());
            assertEquals("invoice_lines", best(index, "invoice_lines", s.schema()).name());
            assertTrue(index.search("dropped_long_ago", 5, e -> true).isEmpty(), "the old entries are gone");
            assertTrue(index.entries(source).stream().noneMatch(e -> "information_schema".equalsIgnoreCase(e.schema())));

            Monitor cancelled = Monitor.create();
            cancelled.cancel();
            int before = index.size();
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new IndexCatalogOperation(s.connection(), index, null).run(cancelled));
            assertEquals(ErrorKind.CANCELLED, e.kind());
            assertEquals(before, index.size(), "a cancelled refresh keeps what was there");
        }
    }

    private static SearchEntry best(SearchIndex index, String query, String schema) {
        List<SearchResult> results = index.search(query, 1, e -> schema.equals(e.schema()));
        assertEquals(1, results.size(), query);
        return results.get(0).entry();
    }
}
