package velocity.ui.tests.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import velocity.core.ConnectionSettings;
import velocity.tests.support.TestDatabase;
import velocity.ui.tests.support.Ui;

/** The Functions folder of a schema on each database, and browsing a MariaDB connection. */
class NavigatorFunctionsTest extends NavigatorCase {

    NavigatorFunctionsTest() {
        super("nav-fn-");
    }

    @Test
    void postgresqlFunctionsShowTheirSignatureKindAndReturnType() throws Exception {
        TestDatabase db = TestDatabase.POSTGRESQL;
        db.assumeReachable();
        ConnectionSettings settings = db.hostSettings(connection, dir).savePassword(true).build();
        String schema = "nav_fn_" + suffix;
        NavigatorDriver.execute(db.hostSettings("setup-" + suffix, dir).build(), db.password(),
                "CREATE SCHEMA " + schema,
                "CREATE FUNCTION " + schema + ".add_tax(amount numeric, rate numeric) RETURNS numeric"
                        + " LANGUAGE sql IMMUTABLE AS 'SELECT amount * (1 + rate)'",
                "COMMENT ON FUNCTION " + schema + ".add_tax(numeric, numeric) IS 'price with tax'",
                "CREATE PROCEDURE " + schema + ".archive_orders(IN before date) LANGUAGE plpgsql"
                        + " AS $$ BEGIN NULL; END $$");
        try {
            NavigatorActions.save(settings, db.password());
            String database = settings.database();
            TreeItem schemaItem = NavigatorDriver.item(connection, database, schema);
            NavigatorDriver.expand(schemaItem);
            assertEquals(List.of("Tables", "Views", "Functions", "Sequences"), NavigatorDriver.children(schemaItem));
            TreeItem functions = NavigatorDriver.item(connection, database, schema, "Functions");
            NavigatorDriver.expand(functions);
            assertEquals(List.of("add_tax(amount numeric, rate numeric)", "archive_orders(IN before date)"),
                    NavigatorDriver.children(functions));
            TreeItem addTax = NavigatorDriver.item(connection, database, schema, "Functions",
                    "add_tax(amount numeric, rate numeric)");
            assertEquals("add_tax(amount numeric, rate numeric)  function returns numeric", NavigatorActions.text(addTax));
            TreeItem archive = NavigatorDriver.item(connection, database, schema, "Functions",
                    "archive_orders(IN before date)");
            assertEquals("archive_orders(IN before date)  procedure", NavigatorActions.text(archive));

            Map<String, String> properties = NavigatorActions.properties(addTax, "Name", "add_tax");
            assertEquals("function", properties.get("Kind"));
            assertEquals("numeric", properties.get("Returns"));
            assertEquals("sql", properties.get("Language"));
            assertEquals("price with tax", properties.get("Comment"));
            assertEquals(schema, properties.get("Schema"));
            Ui.screenshot("navigator-postgresql-functions");
        } finally {
            NavigatorDriver.execute(db.hostSettings("setup-" + suffix, dir).build(), db.password(),
                    "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void sqliteSaysItHasNoStoredFunctions() throws Exception {
        Path file = dir.resolve("functions.db");
        NavigatorDriver.execute(ConnectionSettings.builder("setup-" + suffix, "sqlite").database(file.toString()).build(),
                null, "CREATE TABLE t (id INTEGER PRIMARY KEY)");
        NavigatorActions.save(ConnectionSettings.builder(connection, "sqlite").database(file.toString()).build(), null);

        TreeItem functions = NavigatorDriver.item(connection, "main", "Functions");
        NavigatorDriver.expand(functions);
        assertEquals(List.of("SQLite has no stored functions"), NavigatorDriver.children(functions));
        assertTrue(Ui.sync(() -> functions.getItems()[0].getItemCount() == 0), "the message is a leaf");
        Ui.screenshot("navigator-sqlite-no-functions");
    }

    @Test
    void mariadbBrowsesToColumnsAndRoutines() throws Exception {
        TestDatabase db = TestDatabase.MYSQL;
        db.assumeReachable();
        String database = "nav_" + suffix;
        ConnectionSettings setup = db.hostSettings("setup-" + suffix, dir).build();
        NavigatorDriver.execute(setup, db.password(),
                "CREATE DATABASE " + database,
                "CREATE TABLE " + database + ".items (id INT PRIMARY KEY, title VARCHAR(40) NOT NULL, price DECIMAL(8,2))",
                "CREATE FUNCTION " + database + ".add_tax(amount DECIMAL(10,2), rate DECIMAL(4,2)) RETURNS DECIMAL(10,2)"
                        + " DETERMINISTIC COMMENT 'price with tax' RETURN amount * (1 + rate)",
                "CREATE PROCEDURE " + database + ".archive_items(IN before_day DATE) SET @archived = 0");
        try {
            NavigatorActions.save(db.hostSettings(connection, dir).database(database).savePassword(true).build(),
                    db.password());

            TreeItem columns = NavigatorDriver.item(connection, database, "Tables", "items", "Columns");
            NavigatorDriver.expand(columns);
            assertEquals(List.of("id", "title", "price"), NavigatorDriver.children(columns));
            TreeItem functions = NavigatorDriver.item(connection, database, "Functions");
            NavigatorDriver.expand(functions);
            assertEquals(List.of("add_tax(amount decimal(10,2), rate decimal(4,2))", "archive_items(IN before_day date)"),
                    NavigatorDriver.children(functions));
            TreeItem addTax = NavigatorDriver.item(connection, database, "Functions",
                    "add_tax(amount decimal(10,2), rate decimal(4,2))");
            assertTrue(NavigatorActions.text(addTax).endsWith("  function returns decimal(10,2)"),
                    NavigatorActions.text(addTax));
            Map<String, String> properties = NavigatorActions.properties(addTax, "Name", "add_tax");
            assertEquals("price with tax", properties.get("Comment"));
            Ui.screenshot("navigator-mariadb-functions");
        } finally {
            NavigatorDriver.execute(setup, db.password(), "DROP DATABASE " + database);
        }
    }
}
