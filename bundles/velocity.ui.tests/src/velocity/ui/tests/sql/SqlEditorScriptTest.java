package velocity.ui.tests.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.UUID;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.tests.support.TestDatabase;
import velocity.ui.sql.SqlEditors;
import velocity.ui.tests.support.Ui;

/** Running a whole script in the SQL editor: a result tab per statement, stop or go on after an error, cancel. */
class SqlEditorScriptTest {

    @AfterAll
    static void deleteConnections() {
        SqlEditorDriver.deleteSavedConnections();
    }

    private static CTabFolder tabs() {
        return Ui.sync(() -> Ui.find(CTabFolder.class, "sql.results.tabs"));
    }

    private static int tabCount() {
        CTabFolder folder = tabs();
        return Ui.sync(folder::getItemCount);
    }

    /** Selects the tab of the script's statement {@code n} (from 1), as a click on it does. */
    private static void showTab(int n) {
        CTabFolder folder = tabs();
        Ui.run(() -> folder.setSelection(n));
    }

    private static String cell(int n, int row, int column) {
        showTab(n);
        Table table = Ui.waitFor(Table.class, "sql.script." + n + ".table");
        return Ui.sync(() -> table.getItemCount() > row ? table.getItem(row).getText(column) : null);
    }

    private static String header(int n, int column) {
        showTab(n);
        Table table = Ui.waitFor(Table.class, "sql.script." + n + ".table");
        return Ui.sync(() -> table.getColumn(column).getText());
    }

    private static String status(int n) {
        showTab(n);
        return Ui.sync(() -> Ui.waitFor(Label.class, "sql.script." + n + ".status").getText());
    }

    private static void waitForSummary(String part) {
        try {
            Ui.waitUntil("the script's summary to contain '" + part + "'", Duration.ofSeconds(30), () -> {
                Label summary = Ui.find(Label.class, "sql.script.summary");
                return summary != null && summary.getText().contains(part);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; it says: "
                    + Ui.sync(() -> Ui.find(Label.class, "sql.script.summary").getText()), e);
        }
    }

    @Test
    void ctrlAltEnterRunsTheScript() {
        String keys = Ui.sync(() -> {
            IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
            return Arrays.stream(bindings.getBindings())
                    .filter(b -> b.getParameterizedCommand() != null
                            && SqlEditors.RUN_SCRIPT_COMMAND.equals(b.getParameterizedCommand().getId()))
                    .map(b -> b.getTriggerSequence().format()).toList().toString();
        });
        assertTrue(keys.contains("Ctrl+Alt+Enter"), keys);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aScriptGetsAResultTabPerStatement(TestDatabase db) {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            String script = "SELECT 1 AS a;\nSELECT 'x;y' AS b; -- a ; in a comment\n/* and; here */ SELECT 3 AS c, 4 AS d;\n";
            sql.type(script, 0);
            sql.runScript();
            waitForSummary("3 statements: 3 succeeded, 0 failed");
            assertEquals(4, tabCount(), "the statement tab and one per statement of the script");
            assertEquals("a", header(1, 0));
            assertEquals("1", cell(1, 0, 0));
            assertEquals("x;y", cell(2, 0, 0));
            assertEquals("c", header(3, 0));
            assertEquals("3", cell(3, 0, 0));
            assertEquals("4", cell(3, 0, 1));
            assertTrue(status(3).matches("1 row in \\d+ ms"), status(3));
            Ui.screenshot("sql-script-tabs-" + db.dialect());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFailingMiddleStatementStopsTheScriptOrNot(TestDatabase db) {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            String missing = "nowhere_" + UUID.randomUUID().toString().substring(0, 8);
            String script = "SELECT 1 AS a;\nSELECT x FROM " + missing + " ORDER BYE x;\nSELECT 3 AS c;\n";
            int bye = script.indexOf("BYE");
            sql.type(script, 0);
            Button stop = sql.button("sql.stopOnError");
            assertTrue(Ui.sync(stop::getSelection), "a script stops at its first error unless told otherwise");
            sql.runScript();
            waitForSummary("3 statements: 1 succeeded, 1 failed, 1 not run");
            assertEquals(3, tabCount());
            assertTrue(status(2).startsWith("Error: "), status(2));
            assertTrue(Ui.sync(() -> tabs().getSelectionIndex()) == 2, "the failed statement's tab is shown");
            Annotation error = Ui.sync(() -> {
                IAnnotationModel model = sql.editor.getDocumentProvider().getAnnotationModel(sql.editor.getEditorInput());
                for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                    Annotation a = it.next();
                    int offset = model.getPosition(a).getOffset();
                    if (a.getType().endsWith(".error") && offset > script.indexOf('\n') && offset < script.lastIndexOf("SELECT")) {
                        return a;
                    }
                }
                return null;
            });
            if (db != TestDatabase.SQLITE) {
                assertNotNull(error, "the error is marked in the failing statement's line");
                Integer at = Ui.sync(() -> sql.editor.getDocumentProvider().getAnnotationModel(sql.editor.getEditorInput())
                        .getPosition(error).getOffset());
                assertTrue(at == bye || at == script.indexOf(missing), "marked at " + at);
            }
            Ui.screenshot("sql-script-stopped-" + db.dialect());

            Ui.run(() -> Ui.click(stop));
            sql.runScript();
            waitForSummary("3 statements: 2 succeeded, 1 failed, ");
            assertEquals(4, tabCount(), "the old script's tabs were replaced");
            assertEquals("1", cell(1, 0, 0));
            assertTrue(status(2).startsWith("Error: "), status(2));
            assertEquals("3", cell(3, 0, 0));
            Ui.screenshot("sql-script-continued-" + db.dialect());
            Ui.run(() -> Ui.click(stop));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void escapeCancelsTheRunningStatementAndTheScript(TestDatabase db) {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            sql.type("SELECT 1 AS a;\n" + SqlEditorRunTest.longStatement(db) + ";\nSELECT 3 AS c;\n", 0);
            sql.runScript();
            Button cancel = sql.button("sql.cancel");
            Ui.waitUntil("the second statement's tab", () -> Ui.find(CTabFolder.class, "sql.results.tabs").getItemCount() == 3);
            Ui.waitUntil("Cancel to be enabled", cancel::isEnabled);
            long start = System.nanoTime();
            sql.cancelCommand();
            waitForSummary("cancelled");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 10_000, "cancelled in " + millis + " ms, well before the 30 s of the statement");
            assertEquals(3, tabCount(), "the statement after the cancelled one did not run");
            assertTrue(status(2).startsWith("Cancelled"), status(2));
            Ui.waitUntil("Cancel to be disabled", () -> !cancel.isEnabled());
        }
    }

    @Test
    void ctrlEnterFindsTheStatementWithTheScriptSplitter() {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(TestDatabase.POSTGRESQL))) {
            String script = "SELECT $$a;\n\nb$$ AS x;\nSELECT 2 AS y;\n";
            sql.type(script, script.indexOf("b$$"));
            sql.run();
            sql.waitForStatus("1 row fetched in ");
            assertEquals("a;", sql.cell(0, 0).substring(0, 2), "the dollar-quoted text is one statement's");
            sql.runScript();
            waitForSummary("2 statements: 2 succeeded");
            assertEquals("2", cell(2, 0, 0));
        }
    }
}
