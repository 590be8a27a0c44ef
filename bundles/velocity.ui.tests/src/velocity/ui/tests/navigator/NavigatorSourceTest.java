package velocity.ui.tests.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import velocity.core.ConnectionSettings;
import velocity.tests.support.TestDatabase;
import velocity.ui.navigator.internal.SourceDialog;
import velocity.ui.tests.support.Ui;

/** A view's definition and a routine's source, shown read-only from the navigator. */
class NavigatorSourceTest extends NavigatorCase {

    NavigatorSourceTest() {
        super("nav-src-");
    }

    @AfterEach
    void closeSourceDialog() {
        Ui.run(() -> {
            StyledText text = Ui.find(StyledText.class, SourceDialog.TEXT_ID);
            if (text != null) {
                text.getShell().close();
            }
        });
    }

    /** Waits for the source dialog, returns its text and title, and closes it. */
    private static String[] sourceShown(String screenshot) {
        StyledText text = Ui.waitFor(StyledText.class, SourceDialog.TEXT_ID);
        String[] shown = Ui.sync(() -> new String[] { text.getText(), text.getShell().getText(),
                Boolean.toString(text.getEditable()) });
        Ui.settle();
        Ui.screenshot(screenshot);
        Shell shell = Ui.sync(text::getShell);
        Ui.run(shell::close);
        Ui.waitUntil("the source dialog closed", shell::isDisposed);
        return shown;
    }

    @Test
    void aViewShowsItsDefinition() throws Exception {
        Path file = dir.resolve("views.db");
        NavigatorDriver.execute(ConnectionSettings.builder("setup-" + suffix, "sqlite").database(file.toString()).build(),
                null, "CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER)",
                "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 5150");
        NavigatorActions.save(ConnectionSettings.builder(connection, "sqlite").database(file.toString()).build(), null);

        TreeItem views = NavigatorDriver.item(connection, "main", "Views");
        NavigatorDriver.expand(views);
        TreeItem view = NavigatorDriver.item(connection, "main", "Views", "big_orders");
        NavigatorActions.menu(view, "Show Definition");
        String[] shown = sourceShown("navigator-view-definition");
        assertEquals("CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 5150", shown[0]);
        assertEquals("View main.big_orders", shown[1]);
        assertEquals("false", shown[2], "read-only");
    }

    @Test
    void aTableOffersNoDefinition() throws Exception {
        Path file = dir.resolve("tables.db");
        NavigatorDriver.execute(ConnectionSettings.builder("setup-" + suffix, "sqlite").database(file.toString()).build(),
                null, "CREATE TABLE orders (id INTEGER PRIMARY KEY)");
        NavigatorActions.save(ConnectionSettings.builder(connection, "sqlite").database(file.toString()).build(), null);
        TreeItem tables = NavigatorDriver.item(connection, "main", "Tables");
        NavigatorDriver.expand(tables);
        TreeItem table = NavigatorDriver.item(connection, "main", "Tables", "orders");
        NavigatorActions.menuText(table, "Open Data");
        assertFalse(NavigatorActions.hasEntry("Show Definition"), "a table has no Show Definition");
    }

    @Test
    void aPostgresqlFunctionShowsItsSource() throws Exception {
        TestDatabase db = TestDatabase.POSTGRESQL;
        db.assumeReachable();
        String schema = "nav_src_" + suffix;
        ConnectionSettings setup = db.hostSettings("setup-" + suffix, dir).build();
        NavigatorDriver.execute(setup, db.password(), "CREATE SCHEMA " + schema,
                "CREATE FUNCTION " + schema + ".add_tax(amount numeric) RETURNS numeric LANGUAGE sql"
                        + " AS 'SELECT amount * 1.2'",
                "CREATE FUNCTION " + schema + ".add_tax(amount integer) RETURNS integer LANGUAGE sql"
                        + " AS 'SELECT amount + 8080'");
        try {
            NavigatorActions.save(db.hostSettings(connection, dir).savePassword(true).build(), db.password());
            String database = db.hostSettings(connection, dir).build().database();
            TreeItem functions = NavigatorDriver.item(connection, database, schema, "Functions");
            NavigatorDriver.expand(functions);
            TreeItem addTax = NavigatorDriver.item(connection, database, schema, "Functions", "add_tax(amount integer)");
            NavigatorActions.menu(addTax, "Show Definition");
            String[] shown = sourceShown("navigator-function-source");
            assertTrue(shown[0].startsWith("CREATE OR REPLACE FUNCTION " + schema + ".add_tax(amount integer)"), shown[0]);
            assertTrue(shown[0].contains("amount + 8080") && !shown[0].contains("1.2"), "that overload only: " + shown[0]);
            assertEquals("Function " + schema + ".add_tax(amount integer)", shown[1]);
        } finally {
            NavigatorDriver.execute(setup, db.password(), "DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
