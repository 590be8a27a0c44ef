package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.FunctionKind;
import velocity.core.operations.ListFunctionsOperation;
import velocity.tests.support.TestDatabase;

/** Stored functions, procedures and aggregates, with the signatures each server gives. */
class FunctionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsTheRoutinesOfASchemaWithTheirSignatures(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            boolean supported = s.connection().dialect().catalog().supportsFunctions();
            assertEquals(db != TestDatabase.SQLITE, supported, "supportsFunctions()");
            switch (db) {
                case POSTGRESQL -> postgresql(s);
                case MYSQL -> mysql(s);
                case SQLITE -> {
                    assertEquals(List.of(), new ListFunctionsOperation(s.connection(), s.schema()).run(Monitor.create()));
                    assertEquals(List.of(), new ListFunctionsOperation(s.connection(), null).run(Monitor.create()));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = { "POSTGRESQL", "MYSQL" })
    void aSchemaWithoutRoutinesListsNone(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            s.execute("CREATE TABLE " + s.table("t") + " (id INT PRIMARY KEY)");
            assertEquals(List.of(), new ListFunctionsOperation(s.connection(), s.schema()).run(Monitor.create()));
        }
    }

    private static void postgresql(Sandbox s) throws Exception {
        s.execute("CREATE FUNCTION %s.add_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric"
                + " LANGUAGE sql IMMUTABLE AS 'SELECT amount * (1 + rate)'",
                "CREATE FUNCTION %s.add_tax(amount integer) RETURNS integer LANGUAGE sql AS 'SELECT amount'",
                "CREATE PROCEDURE %s.archive_orders(IN before date, INOUT moved integer) LANGUAGE plpgsql"
                        + " AS $$ BEGIN moved := 0; END $$",
                "CREATE AGGREGATE %s.product(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1')",
                "CREATE FUNCTION %s.top_customers(n integer) RETURNS TABLE(id integer, name text) LANGUAGE sql"
                        + " AS 'SELECT 1, ''x'''",
                "COMMENT ON FUNCTION %s.add_tax(numeric, numeric) IS 'price with tax'");
        List<FunctionInfo> functions = new ListFunctionsOperation(s.connection(), s.schema()).run(Monitor.create());
        assertEquals(List.of("add_tax(amount integer)", "add_tax(amount numeric, rate numeric)",
                "archive_orders(IN before date, INOUT moved integer)", "product(numeric)", "top_customers(n integer)"),
                functions.stream().map(FunctionInfo::signature).toList());
        assertEquals(new FunctionInfo(s.schema(), "add_tax", FunctionKind.FUNCTION, "amount numeric, rate numeric",
                "numeric", "sql", "price with tax"), functions.get(1));
        assertEquals(new FunctionInfo(s.schema(), "archive_orders", FunctionKind.PROCEDURE,
                "IN before date, INOUT moved integer", null, "plpgsql", null), functions.get(2));
        assertEquals(FunctionKind.AGGREGATE, functions.get(3).kind());
        assertEquals("numeric", functions.get(3).returnType());
        assertEquals("TABLE(id integer, name text)", functions.get(4).returnType());
        assertTrue(functions.stream().allMatch(f -> f.schema().equals(s.schema())));
    }

    private static void mysql(Sandbox s) throws Exception {
        s.execute("CREATE FUNCTION %s.add_tax(amount DECIMAL(10,2), rate DECIMAL(4,2)) RETURNS DECIMAL(10,2)"
                + " DETERMINISTIC COMMENT 'price with tax' RETURN amount * (1 + rate)",
                "CREATE PROCEDURE %s.archive_orders(IN before_day DATE, OUT moved INT) SET moved = 0",
                // Functions and procedures have a name space each.
                "CREATE FUNCTION %s.archive_orders() RETURNS INT DETERMINISTIC RETURN 0");
        List<FunctionInfo> functions = new ListFunctionsOperation(s.connection(), s.schema()).run(Monitor.create());
        assertEquals(List.of("add_tax(amount decimal(10,2), rate decimal(4,2))", "archive_orders()",
                "archive_orders(IN before_day date, OUT moved int)"),
                functions.stream().map(f -> f.signature().replace("int(11)", "int")).toList());
        assertEquals(new FunctionInfo(s.schema(), "add_tax", FunctionKind.FUNCTION,
                "amount decimal(10,2), rate decimal(4,2)", "decimal(10,2)", "SQL", "price with tax"), functions.get(0));
        FunctionInfo function = functions.get(1);
        assertEquals(FunctionKind.FUNCTION, function.kind());
        assertTrue(function.returnType().matches("int(\\(11\\))?"), function.returnType());
        assertNull(function.comment());
        FunctionInfo procedure = functions.get(2);
        assertEquals(FunctionKind.PROCEDURE, procedure.kind());
        assertNull(procedure.returnType());
        assertFalse(procedure.arguments().isEmpty());
    }
}
