package velocity.ui.tests.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static velocity.ui.tests.editors.TableEditorDriver.AMOUNT;
import static velocity.ui.tests.editors.TableEditorDriver.ID;
import static velocity.ui.tests.editors.TableEditorDriver.NAME;
import static velocity.ui.tests.editors.TableEditorDriver.cell;
import static velocity.ui.tests.editors.TableEditorDriver.click;
import static velocity.ui.tests.editors.TableEditorDriver.grid;
import static velocity.ui.tests.editors.TableEditorDriver.pressOnCell;
import static velocity.ui.tests.editors.TableEditorDriver.waitForPageLabel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.query.QueryExecution;
import velocity.core.query.StatementResult;
import velocity.tests.support.TestDatabase;
import velocity.ui.VelocityUi;
import velocity.ui.tests.navigator.NavigatorActions;
import velocity.ui.tests.navigator.NavigatorDriver;
import velocity.ui.tests.support.Ui;

/**
 * Editing rows in the table editor's Data tab: cells edited in place, a row added and one deleted, the SQL
 * previewed, the changes applied with Ctrl+S and found in the database; a failing apply keeps the changes and
 * marks the row; paging, refreshing, closing and disconnecting ask first.
 */
class DataEditingTest extends TableEditorCase {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void editsAddsDeletesPreviewsAndApplies(TestDatabase database) throws Exception {
        Table grid = open(database);
        editCell(grid, 0, NAME, "renamed");
        assertEquals("renamed", cell(grid, 0, NAME));
        assertNotEquals(Ui.sync(() -> grid.getItem(0).getBackground(ID)), Ui.sync(() -> grid.getItem(0).getBackground(NAME)),
                "the changed cell is coloured");

        Text refused = typeInto(grid, 0, AMOUNT, "lots");
        Ui.run(() -> refused.notifyListeners(SWT.DefaultSelection, new Event()));
        assertTrue(Ui.sync(refused::getToolTipText).contains("'lots' is not a whole number"), Ui.sync(refused::getToolTipText));
        assertTrue(message().contains("'lots' is not a whole number"), message());
        Ui.screenshot("data-editing-refused-" + database.dialect());
        Ui.run(() -> {
            Event escape = new Event();
            escape.detail = SWT.TRAVERSE_ESCAPE;
            refused.notifyListeners(SWT.Traverse, escape);
        });
        assertEquals(Integer.toString(SampleTable.amount(1)), cell(grid, 0, AMOUNT), "Escape keeps the value");

        click("table.data.add");
        Text id = Ui.waitFor(Text.class, "table.data.grid.cellEditor");
        Ui.run(() -> {
            id.setText("1001");
            id.notifyListeners(SWT.DefaultSelection, new Event());
        });
        int added = Ui.sync(grid::getItemCount) - 1;
        assertEquals(200, added);
        editCell(grid, added, NAME, "new row");
        assertEquals(List.of("1001", "new row", "DEFAULT"), List.of(cell(grid, added, ID), cell(grid, added, NAME),
                cell(grid, added, AMOUNT)));

        pressOnCell(grid, 1, NAME);
        Ui.run(() -> {
            Event delete = new Event();
            delete.keyCode = SWT.DEL;
            grid.notifyListeners(SWT.KeyDown, delete);
        });
        Ui.waitUntil("3 pending changes", () -> "3 pending changes".equals(Ui.find(Label.class, "table.data.pending").getText()));
        assertTrue(Ui.sync(() -> Ui.page().getActiveEditor().isDirty()), "the editor is dirty");
        Ui.run(() -> {
            grid.deselectAll();
            grid.setTopIndex(0);
        });
        Ui.screenshot("data-editing-pending-" + database.dialect());

        Ui.display().asyncExec(() -> Ui.click(Ui.find(Button.class, "table.data.preview")));
        Text preview = Ui.waitFor(Text.class, "table.data.previewText");
        String t = qualified(database);
        assertEquals("UPDATE " + t + " SET " + q(database, "name") + " = 'renamed' WHERE " + q(database, "id") + " = 1;\n"
                + "INSERT INTO " + t + " (" + q(database, "id") + ", " + q(database, "name") + ") VALUES (1001, 'new row');\n"
                + "DELETE FROM " + t + " WHERE " + q(database, "id") + " = 2;\n", Ui.sync(preview::getText));
        Ui.screenshot("data-editing-preview-" + database.dialect());
        Ui.run(() -> preview.getShell().close());
        // Save reaches the editor's own doSave only while the editor is the active part; right after the
        // dialog closes the workbench may not have made it so again, and Save then goes the closing way.
        Ui.run(() -> Ui.page().activate(Ui.page().getActiveEditor()));
        Ui.waitUntil("the table editor active again", () -> Ui.page().getActivePart() == Ui.page().getActiveEditor());

        Ui.run(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
            } catch (Exception e) {
                throw new AssertionError("Save (Ctrl+S) is not handled in the table editor", e);
            }
        });
        Ui.waitUntil("the changes applied", () -> "".equals(Ui.find(Label.class, "table.data.pending").getText())
                && message().startsWith("Applied 3 changes"));
        waitForPageLabel("Rows 1–200");
        assertFalse(Ui.sync(() -> Ui.page().getActiveEditor().isDirty()));
        assertEquals(List.of("1|renamed", "3|row 3", "1001|new row"), query("SELECT id, name FROM " + driver.sample.table
                + " WHERE id IN (1, 2, 3, 1001) ORDER BY id"));
        Ui.waitUntil("the page read again, without the deleted row", () -> grid.getItemCount() == 200
                && "3".equals(grid.getItem(1).getText(ID)));
        Ui.screenshot("data-editing-applied-" + database.dialect());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = { "SQLITE", "POSTGRESQL" })
    void aFailingApplyKeepsTheChangesAndMarksTheRow(TestDatabase database) throws Exception {
        Table grid = open(database);
        editCell(grid, 2, NAME, "kept");
        click("table.data.add");
        Text id = Ui.waitFor(Text.class, "table.data.grid.cellEditor");
        Ui.run(() -> {
            id.setText("5");
            id.notifyListeners(SWT.DefaultSelection, new Event());
        });
        editCell(grid, 200, NAME, "duplicate key");
        click("table.data.apply");
        Ui.waitUntil("the failure shown", () -> message().startsWith("Change 2 of 2 (insert of a new row) failed"));
        assertTrue(message().endsWith("Nothing was changed; the changes are kept."), message());
        assertEquals("2 pending changes", Ui.sync(() -> Ui.find(Label.class, "table.data.pending").getText()));
        assertEquals(200, (int) Ui.sync(grid::getSelectionIndex), "the failing row is selected");
        assertTrue(Ui.sync(() -> Ui.find(Button.class, "table.data.apply").isEnabled()), "Apply again");
        assertTrue(Ui.sync(() -> Ui.find(Button.class, "table.data.discard").isEnabled()), "or Discard");
        assertEquals("kept", cell(grid, 2, NAME));
        assertEquals(List.of("3|row 3", "5|row 5"), query("SELECT id, name FROM " + driver.sample.table + " WHERE id IN (3, 5) ORDER BY id"));
        Ui.screenshot("data-editing-failed-" + database.dialect());

        editCell(grid, 200, ID, "1005");
        click("table.data.apply");
        Ui.waitUntil("applied after the fix", () -> message().startsWith("Applied 2 changes"));
        assertEquals(List.of("3|kept", "1005|duplicate key"), query("SELECT id, name FROM " + driver.sample.table
                + " WHERE id IN (3, 1005) ORDER BY id"));
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "SQLITE")
    void pagingRefreshingClosingAndDisconnectingAskFirst(TestDatabase database) throws Exception {
        Table grid = open(database);
        editCell(grid, 0, NAME, "pending");
        Ui.display().asyncExec(() -> Ui.click(Ui.find(Button.class, "table.data.next")));
        Shell question = prompt();
        assertTrue(Ui.sync(() -> findLabelText(question)).contains("Going to the next page would lose it"));
        Ui.screenshot("data-editing-ask-" + database.dialect());
        answer(question, "Cancel");
        assertEquals("Rows 1–200", Ui.sync(() -> Ui.find(Label.class, "table.data.page").getText()), "still page 1");
        assertEquals("pending", cell(grid, 0, NAME));

        Ui.display().asyncExec(() -> Ui.click(Ui.find(Button.class, "table.data.refresh")));
        answer(prompt(), "&Discard");
        Ui.waitUntil("the row read again", () -> "row 1".equals(grid.getItem(0).getText(NAME)));
        assertEquals("", Ui.sync(() -> Ui.find(Label.class, "table.data.pending").getText()));

        editCell(grid, 0, NAME, "still pending");
        Ui.display().asyncExec(() -> VelocityUi.connections().disconnect(driver.sample.connection));
        answer(prompt(), "Cancel");
        Ui.waitForJobs();
        assertTrue(Ui.sync(() -> VelocityUi.connections().isConnected(driver.sample.connection)), "the connection stays open");

        // Deleting the connection asks the same question; Cancel keeps the connection and the change.
        NavigatorActions.menu(NavigatorDriver.item(driver.sample.connection), "Delete");
        NavigatorActions.press("navigator.delete.ok");
        Shell deleting = prompt();
        assertTrue(Ui.sync(() -> findLabelText(deleting)).contains("Deleting the connection '" + driver.sample.connection
                + "' would lose it"), Ui.sync(() -> findLabelText(deleting)));
        Ui.screenshot("data-editing-ask-delete-" + database.dialect());
        answer(deleting, "Cancel");
        Ui.waitForJobs();
        assertTrue(VelocityUi.velocity().connections().find(driver.sample.connection).isPresent(), "the connection kept");
        assertEquals("still pending", cell(grid, 0, NAME));

        IEditorPart editor = Ui.sync(() -> Ui.page().getActiveEditor());
        Ui.display().asyncExec(() -> Ui.page().closeEditor(editor, true));
        answer(prompt(), "&Apply");
        Ui.waitUntil("the editor closed once applied", () -> Ui.page().getEditorReferences().length == 0
                || java.util.Arrays.stream(Ui.page().getEditorReferences()).noneMatch(r -> r.getPart(false) == editor));
        assertEquals(List.of("1|still pending"), query("SELECT id, name FROM " + driver.sample.table + " WHERE id = 1"));
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "SQLITE")
    void doubleClickAndTypingEditDuplicateCopiesAndSetNullClears(TestDatabase database) throws Exception {
        Table grid = open(database);
        pressOnCell(grid, 4, NAME);
        Ui.run(() -> {
            Event event = new Event();
            event.button = 1;
            Rectangle bounds = grid.getItem(4).getBounds(NAME);
            event.x = bounds.x + 2;
            event.y = bounds.y + bounds.height / 2;
            grid.notifyListeners(SWT.MouseDoubleClick, event);
        });
        Text doubleClicked = Ui.waitFor(Text.class, "table.data.grid.cellEditor");
        assertEquals("row 5", Ui.sync(doubleClicked::getText), "a double-click edits the cell's value");
        Ui.run(() -> {
            Event escape = new Event();
            escape.detail = SWT.TRAVERSE_ESCAPE;
            doubleClicked.notifyListeners(SWT.Traverse, escape);
        });

        pressOnCell(grid, 4, NAME);
        Ui.run(() -> {
            Event typed = new Event();
            typed.character = 'Z';
            typed.keyCode = 'z';
            grid.notifyListeners(SWT.KeyDown, typed);
        });
        Text typing = Ui.waitFor(Text.class, "table.data.grid.cellEditor");
        assertEquals("Z", Ui.sync(typing::getText), "typing starts a new value");
        Ui.run(() -> {
            typing.setText("Z5");
            typing.notifyListeners(SWT.DefaultSelection, new Event());
        });

        pressOnCell(grid, 4, AMOUNT);
        click("table.data.setNull");
        assertEquals("NULL", cell(grid, 4, AMOUNT));
        pressOnCell(grid, 4, NAME);
        click("table.data.setNull");
        assertTrue(message().contains("does not allow NULL"), message());
        assertEquals("Z5", cell(grid, 4, NAME));

        click("table.data.duplicate");
        int copy = Ui.sync(grid::getItemCount) - 1;
        assertEquals(List.of("DEFAULT", "Z5", "NULL"), List.of(cell(grid, copy, ID), cell(grid, copy, NAME),
                cell(grid, copy, AMOUNT)), "the copy leaves the generated key to the database");
        assertEquals("2 pending changes", Ui.sync(() -> Ui.find(Label.class, "table.data.pending").getText()));
        click("table.data.apply");
        Ui.waitUntil("applied", () -> message().startsWith("Applied 2 changes"));
        assertEquals(List.of("5|Z5", "451|Z5"), query("SELECT id, name FROM " + driver.sample.table
                + " WHERE name = 'Z5' AND amount IS NULL ORDER BY id"));
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void aTableWithoutKeyIsReadOnlyWithTheReason(TestDatabase database) throws Exception {
        driver = TableEditorDriver.create(database);
        String heap = driver.sample.table + "_heap";
        try (QueryExecution run = driver.sample.query("CREATE TABLE " + heap + " (x INT, y TEXT)")) {
            run.nextResult();
        }
        try {
            driver.openTable(heap);
            Ui.waitUntil("the read-only reason", () -> message().startsWith("Read-only: " + heap + " has no primary key"));
            assertFalse(Ui.sync(() -> Ui.find(Button.class, "table.data.add").isEnabled()));
            Table grid = Ui.waitFor(Table.class, "table.data.grid.table");
            assertFalse(Ui.sync(() -> grid.getData(velocity.ui.grid.ResultGrid.class.getName()) instanceof
                    velocity.ui.grid.ResultGrid g && g.rowEditor() != null), "no cell can be edited");
            Ui.screenshot("data-editing-read-only-" + database.dialect());
        } finally {
            try (QueryExecution run = driver.sample.query("DROP TABLE " + heap)) {
                run.nextResult();
            }
        }
    }

    private Table open(TestDatabase database) throws Exception {
        driver = TableEditorDriver.open(database);
        Table grid = grid();
        waitForPageLabel("Rows 1–200");
        Ui.waitUntil("the grid editable", () -> Ui.find(Button.class, "table.data.add").isEnabled());
        return grid;
    }

    /** Makes a cell current, presses F2, types the text and presses Enter. */
    private static void editCell(Table grid, int row, int column, String text) {
        Text editor = typeInto(grid, row, column, text);
        Ui.run(() -> editor.notifyListeners(SWT.DefaultSelection, new Event()));
        Ui.waitUntil("the editor closed", () -> editor.isDisposed());
    }

    private static Text typeInto(Table grid, int row, int column, String text) {
        pressOnCell(grid, row, column);
        Ui.run(() -> {
            Event f2 = new Event();
            f2.keyCode = SWT.F2;
            grid.notifyListeners(SWT.KeyDown, f2);
        });
        Text editor = Ui.waitFor(Text.class, "table.data.grid.cellEditor");
        Ui.run(() -> editor.setText(text));
        return editor;
    }

    private static Shell prompt() {
        return Ui.waitFor("the Pending Changes question", () -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell.isVisible() && "Pending Changes".equals(shell.getText())) {
                    return shell;
                }
            }
            return null;
        });
    }

    private static void answer(Shell dialog, String button) {
        Ui.run(() -> Ui.click(find(dialog, Button.class, button)));
        Ui.waitUntil("the question closed", dialog::isDisposed);
    }

    private static <W extends Control> W find(Composite parent, Class<W> type, String text) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && child instanceof Button b && text.equals(b.getText())) {
                return type.cast(child);
            }
            if (child instanceof Composite c) {
                W found = find(c, type, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String findLabelText(Composite parent) {
        StringBuilder text = new StringBuilder();
        for (Control child : parent.getChildren()) {
            if (child instanceof Label l) {
                text.append(l.getText()).append('\n');
            } else if (child instanceof Composite c) {
                text.append(findLabelText(c));
            }
        }
        return text.toString();
    }

    private static String message() {
        return Ui.sync(() -> {
            Label label = Ui.find(Label.class, "table.data.editMessage");
            return label == null ? "" : label.getText();
        });
    }

    private static String q(TestDatabase database, String name) {
        String quote = database == TestDatabase.MYSQL ? "`" : "\"";
        return quote + name + quote;
    }

    private String qualified(TestDatabase database) {
        String schema = switch (database) {
            case POSTGRESQL -> "public";
            case MYSQL -> database.url(null).replaceAll("^.*/([^/?]+).*$", "$1");
            case SQLITE -> "main";
        };
        return q(database, schema) + "." + q(database, driver.sample.table);
    }

    /** Rows of a query as "a|b" lines. */
    private List<String> query(String sql) throws Exception {
        try (QueryExecution run = driver.sample.query(sql)) {
            StatementResult.Rows rows = (StatementResult.Rows) run.nextResult();
            List<String> lines = new ArrayList<>();
            for (Object[] row : rows.fetch(1000).rows()) {
                lines.add(((Number) row[0]).longValue() + "|" + row[1]);
            }
            assertNotNull(lines);
            return lines;
        }
    }
}
