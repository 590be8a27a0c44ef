package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.TableKind;
import velocity.core.metadata.ViewInfo;
import velocity.core.operations.ListFunctionsOperation;
import velocity.core.operations.ListViewsOperation;
import velocity.core.operations.ReadFunctionSourcesOperation;
import velocity.tests.support.TestDatabase;

/** Views with their definitions, and the source of stored routines, on each database. */
class ViewsAndSourcesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsTheViewsOfASchemaWithTheirDefinitions(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            s.execute("CREATE TABLE " + s.table("orders") + " (id INT PRIMARY KEY, total INT)",
                    "CREATE VIEW " + s.table("big_orders") + " AS SELECT id, total FROM " + s.table("orders")
                            + " WHERE total > 1000",
                    "CREATE VIEW " + s.table("all_ids") + " AS SELECT id FROM " + s.table("orders"));
            List<ViewInfo> views = new ListViewsOperation(s.connection(), s.schema(), true).run(Monitor.create());
            assertEquals(List.of("all_ids", "big_orders"), views.stream().map(ViewInfo::name).toList(),
                    "only the views, by name");
            ViewInfo big = views.get(1);
            assertEquals(s.schema(), big.schema());
            assertEquals(TableKind.VIEW, big.kind());
            String definition = big.definition().toLowerCase(Locale.ROOT);
            assertTrue(definition.contains("1000") && definition.contains("total"), big.definition());
            if (db == TestDatabase.SQLITE) {
                assertTrue(definition.startsWith("create view"), "SQLite keeps the statement: " + big.definition());
            }
            List<ViewInfo> bare = new ListViewsOperation(s.connection(), s.schema(), false).run(Monitor.create());
            assertEquals(List.of("all_ids", "big_orders"), bare.stream().map(ViewInfo::name).toList());
            assertTrue(bare.stream().allMatch(view -> view.definition() == null), "no definitions unless asked");
            assertEquals(-1, big.table().rowEstimate());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsTheSourceOfOneRoutineOrOfAll(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            switch (db) {
                case POSTGRESQL -> s.execute(
                        "CREATE FUNCTION %s.add_tax(amount numeric) RETURNS numeric LANGUAGE sql AS 'SELECT amount * 1.2'",
                        "CREATE FUNCTION %s.add_tax(amount integer) RETURNS integer LANGUAGE sql AS 'SELECT amount + 7'",
                        "CREATE AGGREGATE %s.product(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1')");
                case MYSQL -> s.execute(
                        "CREATE FUNCTION %s.add_tax(amount INT) RETURNS INT DETERMINISTIC RETURN amount + 7",
                        "CREATE PROCEDURE %s.archive_orders(IN before_day DATE) SELECT before_day");
                case SQLITE -> {
                    assertEquals(Map.of(), new ReadFunctionSourcesOperation(s.connection(), s.schema()).run(Monitor.create()));
                    return;
                }
            }
            List<FunctionInfo> functions = new ListFunctionsOperation(s.connection(), s.schema()).run(Monitor.create());
            FunctionInfo addTax = functions.stream().filter(f -> f.name().equals("add_tax")
                    && f.arguments().contains("int")).findFirst().orElseThrow();
            Map<String, String> one = new ReadFunctionSourcesOperation(s.connection(), addTax).run(Monitor.create());
            assertEquals(List.of(addTax.signature()), List.copyOf(one.keySet()), "only the one asked for");
            String source = one.get(addTax.signature());
            assertTrue(source.toUpperCase(Locale.ROOT).contains("CREATE") && source.contains("amount + 7"), source);
            assertFalse(source.contains("1.2"), "the other overload's body: " + source);

            Map<String, String> all = new ReadFunctionSourcesOperation(s.connection(), s.schema()).run(Monitor.create());
            for (FunctionInfo f : functions) {
                if (f.name().equals("product")) {
                    assertNull(all.get(f.signature()), "an aggregate has no source text");
                } else {
                    assertTrue(all.containsKey(f.signature()), f.signature() + " in " + all.keySet());
                }
            }
            assertTrue(all.get(addTax.signature()).contains("amount + 7"), all.toString());
            if (db == TestDatabase.MYSQL) {
                assertTrue(all.values().stream().anyMatch(text -> text.startsWith("CREATE PROCEDURE `archive_orders`(IN before_day date)")),
                        all.toString());
            } else {
                assertTrue(all.values().stream().anyMatch(text -> text.contains("1.2")), all.toString());
            }
        }
    }
}
