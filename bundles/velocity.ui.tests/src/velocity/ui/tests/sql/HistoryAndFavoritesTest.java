package velocity.ui.tests.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.VelocityException;
import velocity.tests.support.TestDatabase;
import velocity.ui.VelocityUi;
import velocity.ui.history.HistoryViews;
import velocity.ui.sql.SqlEditorAccess;
import velocity.ui.tests.support.Ui;

/** The Query History and Favorites views, driven through their widgets, on statements run in SQL editors. */
class HistoryAndFavoritesTest {

    @AfterAll
    static void deleteConnections() {
        SqlEditorDriver.deleteSavedConnections();
    }

    private static void show(String viewId) {
        Ui.run(() -> {
            try {
                Ui.page().showView(viewId, null, IWorkbenchPage.VIEW_ACTIVATE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<TableItem> historyRows(String marker) {
        Table table = Ui.find(Table.class, "history.table");
        return table == null ? List.of() : Arrays.stream(table.getItems()).filter(i -> i.getText(5).contains(marker)).toList();
    }

    private static void press(String id) {
        Ui.run(() -> Ui.click(Ui.find(Button.class, id)));
    }

    /** Presses a button whose action opens a dialog, without waiting for the dialog to close. */
    private static void pressLater(String id) {
        Ui.waitFor(Button.class, id);
        Ui.display().asyncExec(() -> Ui.click(Ui.find(Button.class, id)));
    }

    /** Presses a dialog's named button and waits until the dialog has closed. */
    private static void pressInDialog(String id) {
        Shell shell = Ui.waitFor("the dialog with '" + id + "'", () -> {
            Button b = Ui.find(Button.class, id);
            return b != null && b.isEnabled() ? b.getShell() : null;
        });
        Ui.display().asyncExec(() -> Ui.click(Ui.find(Button.class, id)));
        Ui.waitUntil("the dialog closed", shell::isDisposed);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStatementRunInTheEditorAppearsInHistoryAndRunsAgainFromThere(TestDatabase db) {
        String connection = SqlEditorDriver.connection(db);
        String marker = "h" + UUID.randomUUID().toString().substring(0, 8);
        String select = "SELECT 41 + 1 AS answer_" + marker;
        show(HistoryViews.HISTORY_VIEW_ID);
        Ui.run(() -> Ui.find(Text.class, "history.search").setText(marker));
        try (SqlEditorDriver sql = SqlEditorDriver.open(connection)) {
            sql.type(select, 0);
            sql.run();
            sql.waitForStatus("1 row fetched in ");
            sql.type("SELECT nothing_" + marker + " FROM nowhere_" + marker, 0);
            sql.run();
            Ui.waitUntil("the error shown", () -> !sql.status().contains("1 row fetched"));
        }
        show(HistoryViews.HISTORY_VIEW_ID);
        Ui.waitUntil("both statements in the History view", () -> historyRows(marker).size() == 2);
        Ui.run(() -> {
            List<TableItem> rows = historyRows(marker);
            TableItem failed = rows.get(0);
            assertTrue(failed.getText(4).startsWith("Failed: "), failed.getText(4));
            assertEquals(connection, failed.getText(1));
            TableItem ok = rows.get(1);
            assertEquals(List.of(connection, "1", "OK", select),
                    List.of(ok.getText(1), ok.getText(3), ok.getText(4), ok.getText(5)));
            assertTrue(ok.getText(2).endsWith(" ms"), ok.getText(2));
            Table table = ok.getParent();
            table.setSelection(ok);
        });
        Ui.screenshot("history-view-" + db.dialect());

        press("history.copy");
        assertEquals(select, Ui.sync(() -> {
            Clipboard clipboard = new Clipboard(Ui.display());
            try {
                return (String) clipboard.getContents(TextTransfer.getInstance());
            } finally {
                clipboard.dispose();
            }
        }));

        IEditorReference[] before = Ui.sync(() -> Ui.page().getEditorReferences());
        press("history.runAgain");
        try (SqlEditorDriver again = SqlEditorDriver.waitForNewEditor(before)) {
            assertEquals(select, Ui.sync(() -> again.document().get()));
            assertEquals(connection, Ui.sync(() -> SqlEditorAccess.connection(again.editor)));
            again.waitForStatus("1 row fetched in ");
            assertEquals("42", again.cell(0, 0));
            show(HistoryViews.HISTORY_VIEW_ID);
            Ui.waitUntil("the statement run again in the History view", () -> historyRows(marker).size() == 3);
            assertEquals(select, Ui.sync(() -> historyRows(marker).get(0).getText(5)));
        }
        Ui.run(() -> Ui.find(Text.class, "history.search").setText(""));
    }

    @Test
    void aStatementSavedAsFavoriteIsOpenedRenamedAndDeletedInTheFavoritesView() throws VelocityException {
        String connection = SqlEditorDriver.connection(TestDatabase.SQLITE);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String sqlText = "SELECT 7 AS seven_" + marker;
        String folder = "Numbers " + marker;
        try (SqlEditorDriver sql = SqlEditorDriver.open(connection)) {
            sql.type(sqlText, 0);
            assertEquals("Ctrl+D", Ui.sync(() -> {
                Ui.page().activate(sql.editor);
                return PlatformUI.getWorkbench().getService(IBindingService.class)
                        .getBestActiveBindingFormattedFor(HistoryViews.SAVE_FAVORITE_COMMAND);
            }));
            MenuItem item = Ui.sync(() -> {
                Menu menu = Ui.find(StyledText.class, "sql.text").getMenu();
                menu.notifyListeners(SWT.Show, new Event());
                return Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith("Save as Favorite..."))
                        .findFirst().orElse(null);
            });
            assertNotNull(item, "Save as Favorite in the SQL editor's context menu");
            Ui.display().asyncExec(() -> {
                Ui.click(item);
                item.getParent().notifyListeners(SWT.Hide, new Event());
            });
            Text name = Ui.waitFor(Text.class, "history.dialog.name");
            Ui.run(() -> {
                name.setText("Seven " + marker);
                Ui.find(Combo.class, "history.dialog.folder").setText(folder);
            });
            Ui.screenshot("favorites-save-dialog");
            pressInDialog("history.dialog.ok");
        }
        Ui.waitUntil("the favorite saved", () -> {
            try {
                return VelocityUi.velocity().favorites().read().find("Seven " + marker).isPresent();
            } catch (VelocityException e) {
                throw new IllegalStateException(e);
            }
        });
        show(HistoryViews.FAVORITES_VIEW_ID);
        TreeItem saved = Ui.waitFor("the favorite in its folder", () -> favorite(folder, "Seven " + marker));
        assertEquals("Seven " + marker + "  (" + connection + ")", Ui.sync(saved::getText));
        assertEquals(sqlText, VelocityUi.velocity().favorites().read().require("Seven " + marker).sql());
        Ui.screenshot("favorites-view");

        Ui.run(() -> saved.getParent().setSelection(saved));
        IEditorReference[] before = Ui.sync(() -> Ui.page().getEditorReferences());
        press("favorites.open");
        try (SqlEditorDriver opened = SqlEditorDriver.waitForNewEditor(before)) {
            assertEquals(sqlText, Ui.sync(() -> opened.document().get()));
            assertEquals(connection, Ui.sync(() -> SqlEditorAccess.connection(opened.editor)));
        }

        show(HistoryViews.FAVORITES_VIEW_ID);
        Ui.run(() -> {
            TreeItem item = favorite(folder, "Seven " + marker);
            item.getParent().setSelection(item);
        });
        pressLater("favorites.rename");
        Text rename = Ui.waitFor(Text.class, "history.dialog.name");
        Ui.run(() -> rename.setText("Lucky " + marker));
        pressInDialog("history.dialog.ok");
        TreeItem renamed = Ui.waitFor("the renamed favorite", () -> favorite(folder, "Lucky " + marker));
        assertTrue(VelocityUi.velocity().favorites().read().find("Seven " + marker).isEmpty());

        Ui.run(() -> renamed.getParent().setSelection(renamed));
        pressLater("favorites.delete");
        pressInDialog("history.confirm.ok");
        Ui.waitUntil("the favorite gone", () -> favorite(folder, "Lucky " + marker) == null);
        assertTrue(VelocityUi.velocity().favorites().read().find("Lucky " + marker).isEmpty());
        assertTrue(VelocityUi.velocity().favorites().read().folders().contains(folder), "the folder stays");
    }

    /** The tree item of a favorite under its folder, or {@code null}; UI thread only. */
    private static TreeItem favorite(String folder, String name) {
        Tree tree = Ui.find(Tree.class, "favorites.tree");
        if (tree == null) {
            return null;
        }
        for (TreeItem f : tree.getItems()) {
            if (f.getText().equals(folder)) {
                f.setExpanded(true);
                for (TreeItem item : f.getItems()) {
                    if (item.getText().startsWith(name + "  (") || item.getText().equals(name)) {
                        return item;
                    }
                }
            }
        }
        return null;
    }
}
