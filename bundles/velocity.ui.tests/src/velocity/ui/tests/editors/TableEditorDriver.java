package velocity.ui.tests.editors;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorReference;

import velocity.tests.support.TestDatabase;
import velocity.ui.VelocityCommands;
import velocity.ui.tests.support.Ui;

/**
 * Opens the table editor on a {@link SampleTable} made for one test and drives its Data tab the way a user does;
 * closing it closes every table editor and drops the sample.
 */
final class TableEditorDriver implements AutoCloseable {

    static final String EDITOR_ID = "velocity.ui.editors.table";
    /** The sample table's columns, in the order of {@link SampleTable}. */
    static final String[] HEADERS = { "id", "name", "amount", "note", "data" };
    /** Indexes of the sample table's columns in {@link #HEADERS}, as {@link #pressOnCell} takes them. */
    static final int ID = 0;
    static final int NAME = 1;
    static final int AMOUNT = 2;
    static final int NOTE = 3;
    static final int DATA = 4;

    final SampleTable sample;

    private TableEditorDriver(SampleTable sample) {
        this.sample = sample;
    }

    /** Makes the sample table on the database, once the workbench window is there, without opening it. */
    static TableEditorDriver create(TestDatabase database) throws Exception {
        database.assumeReachable();
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        return new TableEditorDriver(new SampleTable(database));
    }

    /** Makes the sample table on the database and opens it in the table editor. */
    static TableEditorDriver open(TestDatabase database) throws Exception {
        TableEditorDriver driver = create(database);
        try {
            driver.openTable(driver.sample.table);
        } catch (RuntimeException | AssertionError e) {
            driver.close();
            throw e;
        }
        return driver;
    }

    /** Opens a table of the sample's connection through the Open Table command and waits for its editor. */
    void openTable(String table) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(VelocityCommands.CONNECTION, sample.connection);
        parameters.put(VelocityCommands.TABLE, table);
        // Not waited for: a dialog the command opens would block the test thread.
        Ui.display().asyncExec(() -> VelocityCommands.execute(VelocityCommands.OPEN_TABLE, parameters));
        Ui.waitUntil("the table editor", () -> Ui.page().getActiveEditor() != null
                && EDITOR_ID.equals(Ui.page().getActiveEditor().getSite().getId())
                && Ui.page().getActiveEditor().getTitle().equals(table));
    }

    /** The Data tab's grid, once it is there. */
    static Table grid() {
        return Ui.waitFor(Table.class, "table.data.grid.table");
    }

    /** Waits for the page label to read {@code text} with the page loaded (Refresh enabled again). */
    static void waitForPage(String text) {
        Ui.waitUntil("the page label '" + text + "'", () -> {
            Label page = Ui.find(Label.class, "table.data.page");
            Button refresh = Ui.find(Button.class, "table.data.refresh");
            return page != null && text.equals(page.getText()) && refresh != null && refresh.isEnabled();
        });
    }

    /** Waits for the page label to read {@code text}, whatever the state of the buttons. */
    static void waitForPageLabel(String text) {
        Ui.waitUntil("the page label '" + text + "'", () -> {
            Label page = Ui.find(Label.class, "table.data.page");
            return page != null && text.equals(page.getText());
        });
    }

    static void click(String name) {
        Ui.run(() -> Ui.click(Ui.find(Button.class, name)));
    }

    static String text(String name) {
        return Ui.sync(() -> Ui.find(Label.class, name).getText());
    }

    static String cell(Table table, int row, int column) {
        return Ui.sync(() -> table.getItem(row).getText(column));
    }

    /** A press of the left button on a cell, which makes it the current cell and selects its row. */
    static void pressOnCell(Table table, int row, int resultColumn) {
        pressOnCell(table, row, resultColumn, SWT.MouseDown);
    }

    /** Sends a mouse event (which must not block, as a dialog opened by it would) to a cell. */
    static void pressOnCell(Table table, int row, int resultColumn, int eventType) {
        // Found by its header: a row-number column, when shown, comes first and shifts the others.
        int column = Ui.sync(() -> {
            for (int i = 0; i < table.getColumnCount(); i++) {
                if (table.getColumn(i).getText().equals(HEADERS[resultColumn])) {
                    return i;
                }
            }
            throw new IllegalStateException("No column " + HEADERS[resultColumn] + " in the grid");
        });
        // Checked and pressed in one go on the UI thread: a page arriving in between would move the cell.
        Ui.waitUntil("row " + row + " laid out on screen, then pressed", () -> {
            table.showItem(table.getItem(row));
            TableItem item = table.getItem(row);
            Rectangle bounds = item.getBounds(column);
            Point point = new Point(bounds.x + 2, bounds.y + bounds.height / 2);
            // Until the grid has sized its columns they have no width, and a press lands in none of them.
            if (bounds.width <= 0 || table.getItem(point) != item) {
                return false;
            }
            table.setSelection(row);
            Event event = new Event();
            event.button = 1;
            event.x = point.x;
            event.y = point.y;
            if (eventType == SWT.MouseDown) {
                table.notifyListeners(SWT.MouseDown, event);
            } else {
                table.getDisplay().asyncExec(() -> table.notifyListeners(eventType, event));
            }
            return true;
        });
    }

    /** Closes every table editor without saving, then drops the sample table and its connection. */
    @Override
    public void close() throws Exception {
        closeTableEditors();
        sample.close();
    }

    /** Closes every table editor without saving; safe when none is open. */
    static void closeTableEditors() {
        Ui.run(() -> {
            for (IEditorReference editor : Ui.page().getEditorReferences()) {
                if (EDITOR_ID.equals(editor.getId())) {
                    Ui.page().closeEditors(new IEditorReference[] { editor }, false);
                }
            }
        });
    }
}
