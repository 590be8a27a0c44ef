package velocity.ui.tests.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import velocity.core.ConnectionSettings;
import velocity.core.KeychainStatus;
import velocity.tests.support.TestDatabase;
import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/**
 * The connection wizard and the Database Navigator against real databases: connections are made and tested
 * through the wizard, then browsed down to a table's columns.
 */
class NavigatorTest extends NavigatorCase {

    NavigatorTest() {
        super("nav-");
    }

    @AfterEach
    void closeWizardAndClearFilter() {
        NavigatorDriver.closeWizard();
        Ui.run(() -> Ui.find(Text.class, "navigator.filter").setText(""));
    }

    @Test
    void sqliteConnectionMadeInTheWizardBrowsesToColumns() throws Exception {
        Path file = dir.resolve("shop.db");
        NavigatorDriver.execute(ConnectionSettings.builder("setup-" + suffix, "sqlite").database(file.toString()).build(),
                null,
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL)",
                "CREATE INDEX orders_customer ON orders (customer_id)");

        NavigatorDriver.openWizard();
        NavigatorDriver.selectDialect("sqlite");
        NavigatorDriver.type("wizard.name", connection);
        NavigatorDriver.type("wizard.file", file.toString());
        String result = NavigatorDriver.testConnection();
        assertTrue(result.matches("(?s)Connected to SQLite \\d+\\.\\d+.*"), result);
        Ui.screenshot("navigator-wizard-sqlite-tested");
        NavigatorDriver.finish(connection);

        TreeItem columns = NavigatorDriver.item(connection, "main", "Tables", "orders", "Columns");
        NavigatorDriver.expand(columns);
        assertEquals(List.of("id", "customer_id", "total"), NavigatorDriver.children(columns));
        TreeItem foreignKeys = NavigatorDriver.item(connection, "main", "Tables", "orders", "Foreign keys");
        NavigatorDriver.expand(foreignKeys);
        assertEquals(1, NavigatorDriver.children(foreignKeys).size());
        TreeItem indexes = NavigatorDriver.item(connection, "main", "Tables", "orders", "Indexes");
        NavigatorDriver.expand(indexes);
        assertTrue(NavigatorDriver.children(indexes).contains("orders_customer"), NavigatorDriver.children(indexes).toString());
        Ui.screenshot("navigator-sqlite-columns");
    }

    @Test
    void filterKeepsMatchingTables() throws Exception {
        Path file = dir.resolve("filter.db");
        NavigatorDriver.execute(ConnectionSettings.builder("setup-" + suffix, "sqlite").database(file.toString()).build(),
                null, "CREATE TABLE alpha_things (id INTEGER PRIMARY KEY)", "CREATE TABLE beta_things (id INTEGER)",
                "CREATE TABLE Alphabet (id INTEGER)");
        NavigatorDriver.openWizard();
        NavigatorDriver.selectDialect("sqlite");
        NavigatorDriver.type("wizard.name", connection);
        NavigatorDriver.type("wizard.file", file.toString());
        NavigatorDriver.finish(connection);
        TreeItem tables = NavigatorDriver.item(connection, "main", "Tables");
        NavigatorDriver.expand(tables);
        assertEquals(List.of("Alphabet", "alpha_things", "beta_things"),
                NavigatorDriver.children(tables).stream().sorted().toList());

        NavigatorDriver.type("navigator.filter", "ALPHA");
        TreeItem filtered = NavigatorDriver.item(connection, "main", "Tables");
        assertEquals(List.of("Alphabet", "alpha_things"), NavigatorDriver.children(filtered).stream().sorted().toList());
        Ui.screenshot("navigator-filter");

        NavigatorDriver.type("navigator.filter", "");
        TreeItem unfiltered = NavigatorDriver.item(connection, "main", "Tables");
        Ui.waitUntil("every table back", () -> unfiltered.getItems().length == 3);
    }

    @Test
    void postgresqlConnectionMadeInTheWizardShowsColumnsAndSequences() throws Exception {
        TestDatabase db = TestDatabase.POSTGRESQL;
        db.assumeReachable();
        ConnectionSettings coordinates = db.hostSettings("setup-" + suffix, dir).build();
        String schema = "nav_" + suffix.toLowerCase(Locale.ROOT);
        NavigatorDriver.execute(coordinates, db.password(),
                "CREATE SCHEMA " + schema,
                "CREATE TABLE " + schema + ".customers (id integer PRIMARY KEY, name text NOT NULL)",
                "CREATE TABLE " + schema + ".orders (order_id bigint PRIMARY KEY, customer_id integer REFERENCES "
                        + schema + ".customers (id), total numeric(10,2))",
                "CREATE INDEX orders_customer ON " + schema + ".orders (customer_id)",
                "CREATE SEQUENCE " + schema + ".invoice_numbers INCREMENT BY 5");
        try {
            NavigatorDriver.openWizard();
            NavigatorDriver.selectDialect("postgresql");
            NavigatorDriver.type("wizard.name", connection);
            NavigatorDriver.type("wizard.host", coordinates.host());
            NavigatorDriver.type("wizard.port", Integer.toString(coordinates.port()));
            NavigatorDriver.type("wizard.database", coordinates.database());
            NavigatorDriver.type("wizard.user", coordinates.user());
            if (db.password() != null) {
                NavigatorDriver.type("wizard.password", new String(db.password()));
            }
            NavigatorDriver.click("wizard.savePassword");
            KeychainStatus keychain = VelocityUi.velocity().secrets().status();
            String keeper = keychain.storage() == KeychainStatus.Storage.KEYRING ? "the OS keyring keeps the key"
                    : "encrypted with a master password";
            Ui.waitUntil("'" + keeper + "' beside Save password",
                    () -> Ui.find(Button.class, "wizard.savePassword").getText().contains(keeper));
            String result = NavigatorDriver.testConnection();
            assertTrue(result.matches("(?s)Connected to PostgreSQL \\d+.*"), result);
            Ui.screenshot("navigator-wizard-postgresql-tested");
            NavigatorDriver.finish(connection);

            String database = coordinates.database();
            TreeItem columns = NavigatorDriver.item(connection, database, schema, "Tables", "orders", "Columns");
            NavigatorDriver.expand(columns);
            assertEquals(List.of("order_id", "customer_id", "total"), NavigatorDriver.children(columns));
            TreeItem keys = NavigatorDriver.item(connection, database, schema, "Tables", "orders", "Keys");
            NavigatorDriver.expand(keys);
            assertEquals(1, NavigatorDriver.children(keys).size());
            TreeItem sequences = NavigatorDriver.item(connection, database, schema, "Sequences");
            NavigatorDriver.expand(sequences);
            assertTrue(NavigatorDriver.children(sequences).contains("invoice_numbers"),
                    NavigatorDriver.children(sequences).toString());
            NavigatorDriver.select(Ui.sync(() -> columns.getItems()[0]));
            Ui.screenshot("navigator-postgresql-columns");
        } finally {
            NavigatorDriver.execute(coordinates, db.password(), "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void wrongPortShowsTheErrorInTheWizard() {
        TestDatabase db = TestDatabase.POSTGRESQL;
        NavigatorDriver.openWizard();
        NavigatorDriver.selectDialect("postgresql");
        NavigatorDriver.type("wizard.name", connection);
        NavigatorDriver.type("wizard.host", "127.0.0.1");
        NavigatorDriver.type("wizard.port", "1");
        NavigatorDriver.type("wizard.database", "test");
        NavigatorDriver.type("wizard.user", db.user());
        String result = NavigatorDriver.testConnection();
        assertTrue(result.startsWith("Failed: "), result);
        assertTrue(result.contains("127.0.0.1:1"), result);
        Ui.screenshot("navigator-wizard-wrong-port");
        NavigatorDriver.closeWizard();
    }
}
