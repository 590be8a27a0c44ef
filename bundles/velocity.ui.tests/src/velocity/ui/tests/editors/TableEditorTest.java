package velocity.ui.tests.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static velocity.ui.tests.editors.TableEditorDriver.AMOUNT;
import static velocity.ui.tests.editors.TableEditorDriver.DATA;
import static velocity.ui.tests.editors.TableEditorDriver.EDITOR_ID;
import static velocity.ui.tests.editors.TableEditorDriver.ID;
import static velocity.ui.tests.editors.TableEditorDriver.NAME;
import static velocity.ui.tests.editors.TableEditorDriver.NOTE;
import static velocity.ui.tests.editors.TableEditorDriver.cell;
import static velocity.ui.tests.editors.TableEditorDriver.click;
import static velocity.ui.tests.editors.TableEditorDriver.pressOnCell;
import static velocity.ui.tests.editors.TableEditorDriver.waitForPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.metadata.TableRef;
import velocity.tests.support.TestDatabase;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.editors.TableEditorInput;
import velocity.ui.tests.support.Ui;

/**
 * The table editor on a 450-row table: opened through the Open Table command, paged forward and back, the
 * rows counted, the structure tabs, and the grid's NULL display, abbreviations, sorting and copying.
 */
class TableEditorTest extends TableEditorCase {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void pagesThroughTheRowsAndCountsThem(TestDatabase database) throws Exception {
        driver = TableEditorDriver.open(database);
        Table grid = Ui.waitFor(Table.class, "table.data.grid.table");
        waitForPage("Rows 1–200");
        assertEquals(200, Ui.sync(grid::getItemCount));
        assertEquals(List.of("1", "row 1", Integer.toString(SampleTable.amount(1)), "note 1", "NULL"), row(grid, 0));
        assertEquals("200", cell(grid, 199, ID));

        click("table.data.next");
        waitForPage("Rows 201–400");
        assertEquals(200, Ui.sync(grid::getItemCount));
        assertEquals(List.of("201", "row 201", Integer.toString(SampleTable.amount(201)), "note 201", "NULL"),
                row(grid, 0));
        assertEquals("400", cell(grid, 199, ID));

        click("table.data.next");
        waitForPage("Rows 401–450");
        assertEquals(50, Ui.sync(grid::getItemCount));
        assertEquals("401", cell(grid, 0, ID));
        assertEquals("450", cell(grid, 49, ID));
        assertFalse(Ui.sync(() -> Ui.find(Button.class, "table.data.next").isEnabled()), "Next on the last page");

        click("table.data.previous");
        waitForPage("Rows 201–400");
        assertEquals("201", cell(grid, 0, ID));

        click("table.data.count");
        Ui.waitUntil("the row count", () -> "450 rows".equals(Ui.find(Label.class, "table.data.countLabel").getText()));
        waitForPage("Rows 201–400 of 450");
        assertTrue(Ui.sync(() -> Ui.find(Button.class, "table.data.next").isEnabled()), "Next in the middle");
        assertTrue(Ui.sync(() -> Ui.find(Button.class, "table.data.previous").isEnabled()), "Previous in the middle");
        Ui.screenshot("table-editor-data-" + database.dialect());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void showsNullsLongTextAndBinaryDistinctly(TestDatabase database) throws Exception {
        driver = TableEditorDriver.open(database);
        Table grid = Ui.waitFor(Table.class, "table.data.grid.table");
        waitForPage("Rows 1–200");
        assertEquals("NULL", cell(grid, 1, NOTE));
        Ui.run(() -> {
            TableItem nullItem = grid.getItem(1);
            TableItem textItem = grid.getItem(0);
            nullItem.getText(NOTE);
            textItem.getText(NOTE);
            assertNotEquals(textItem.getForeground(NOTE), nullItem.getForeground(NOTE), "NULL is drawn in another colour");
            assertTrue((nullItem.getFont(NOTE).getFontData()[0].getStyle() & SWT.ITALIC) != 0, "NULL is italic");
        });
        String longNote = cell(grid, 2, NOTE);
        assertTrue(longNote.endsWith("…"), longNote);
        assertFalse(longNote.contains("second line"), "only the first line: " + longNote);
        assertTrue(longNote.length() <= 201, longNote);
        assertEquals("0x89504E470D0A1A0A… (9 bytes)", cell(grid, 3, DATA));

        MenuItem numbers = Ui.sync(() -> menuItem(grid, "table.data.grid.rowNumbers"));
        Ui.run(() -> {
            numbers.setSelection(true);
            Ui.click(numbers);
        });
        assertEquals("#", Ui.sync(() -> grid.getColumn(0).getText()));
        assertEquals(List.of("3", "3", "row 3"), Ui.sync(() -> List.of(grid.getItem(2).getText(0),
                grid.getItem(2).getText(1), grid.getItem(2).getText(2))));
        Ui.run(() -> {
            numbers.setSelection(false);
            Ui.click(numbers);
        });
        assertEquals("id", Ui.sync(() -> grid.getColumn(0).getText()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sortsTheLoadedRowsAndCopiesThemAsTsv(TestDatabase database) throws Exception {
        driver = TableEditorDriver.open(database);
        Table grid = Ui.waitFor(Table.class, "table.data.grid.table");
        waitForPage("Rows 1–200");

        Ui.run(() -> {
            grid.setFocus();
            grid.setSelection(new int[] { 0, 1 });
        });
        menu(grid, "table.data.grid.copyWithHeader");
        assertEquals("id\tname\tamount\tnote\tdata\n1\trow 1\t" + SampleTable.amount(1) + "\tnote 1\t\n2\trow 2\t"
                + SampleTable.amount(2) + "\t\t\n", clipboard());
        menu(grid, "table.data.grid.copyCell");
        assertEquals("1", clipboard());
        pressCtrlC(grid);
        Ui.waitUntil("Ctrl+C copied the rows", () -> clipboardText().startsWith("1\trow 1\t"));
        Ui.run(() -> grid.setSelection(1));
        Ui.run(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("velocity.ui.grid.copyWithHeader",
                        null);
            } catch (Exception e) {
                throw new AssertionError("Copy with Header is not handled while the grid has the focus", e);
            }
        });
        assertEquals("id\tname\tamount\tnote\tdata\n2\trow 2\t" + SampleTable.amount(2) + "\t\t\n", clipboard());

        // The table has three pages, so a header click sorts every row on the server, not the page loaded.
        Ui.run(() -> Ui.click(grid.getColumn(AMOUNT)));
        Ui.waitUntil("the sort indicator", () -> grid.getSortColumn() != null
                && grid.getSortColumn() == grid.getColumn(AMOUNT) && grid.getSortDirection() == SWT.UP);
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sorted.add(Integer.parseInt(cell(grid, i, AMOUNT)));
        }
        List<Integer> expected = new ArrayList<>();
        for (int id = 1; id <= SampleTable.ROWS; id++) {
            expected.add(SampleTable.amount(id));
        }
        expected.sort(null);
        assertEquals(expected.subList(0, 200), sorted, "the 200 lowest of the table, ascending by value");
        assertEquals(200, Ui.sync(grid::getItemCount), "one page");

        Ui.run(() -> Ui.click(grid.getColumn(AMOUNT)));
        Ui.waitUntil("descending", () -> grid.getSortDirection() == SWT.DOWN);
        assertEquals(expected.get(expected.size() - 1), Integer.valueOf(cell(grid, 0, AMOUNT)));

        Ui.run(() -> grid.setSelection(0));
        menu(grid, "table.data.grid.copyRows");
        String top = clipboard();
        assertTrue(top.matches("\\d+\trow \\d+\t" + expected.get(expected.size() - 1) + "\t.*\n"), top);
        Ui.screenshot("table-editor-sorted-" + database.dialect());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsTheColumnsKeysAndIndexes(TestDatabase database) throws Exception {
        driver = TableEditorDriver.open(database);
        waitForPage("Rows 1–200");
        selectTab("Columns");
        Table columns = Ui.waitFor(Table.class, "table.columns");
        Ui.waitUntil("the columns", () -> columns.getItemCount() == 5);
        List<String> names = Ui.sync(() -> {
            List<String> found = new ArrayList<>();
            for (TableItem item : columns.getItems()) {
                found.add(item.getText(0));
            }
            return found;
        });
        assertEquals(List.of("id", "name", "amount", "note", "data"), names);
        assertEquals("no", Ui.sync(() -> columns.getItem(NAME).getText(2)), "name is NOT NULL");
        assertEquals("yes", Ui.sync(() -> columns.getItem(NOTE).getText(2)), "note is nullable");
        Ui.screenshot("table-editor-columns-" + database.dialect());

        selectTab("Keys");
        Table keys = Ui.waitFor(Table.class, "table.keys");
        Ui.waitUntil("the primary key", () -> keys.getItemCount() >= 1);
        assertEquals("PRIMARY KEY", Ui.sync(() -> keys.getItem(0).getText(0)));
        assertEquals("id", Ui.sync(() -> keys.getItem(0).getText(2)));

        selectTab("Foreign Keys");
        Table foreignKeys = Ui.waitFor(Table.class, "table.foreignKeys");
        Ui.waitUntil("the empty foreign keys", () -> foreignKeys.getItemCount() == 1);
        assertEquals("No foreign keys", Ui.sync(() -> foreignKeys.getItem(0).getText(0)));

        selectTab("Indexes");
        Ui.waitFor(Table.class, "table.indexes");

        Map<String, String> again = Map.of(VelocityCommands.CONNECTION, driver.sample.connection, VelocityCommands.TABLE,
                driver.sample.table);
        Ui.run(() -> VelocityCommands.execute(VelocityCommands.OPEN_TABLE, again));
        Ui.waitForJobs();
        Ui.settle();
        assertEquals(1L, Ui.sync(() -> java.util.Arrays.stream(Ui.page().getEditorReferences())
                .filter(e -> EDITOR_ID.equals(e.getId())).count()), "opening it again activates the open editor");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void showsAWholeValueAndABinaryAsHex(TestDatabase database) throws Exception {
        driver = TableEditorDriver.open(database);
        Table grid = Ui.waitFor(Table.class, "table.data.grid.table");
        waitForPage("Rows 1–200");

        Ui.waitForJobs();
        // A double-click opens the viewer on the cell under the pointer in one event.
        Ui.waitUntil("no value viewer open", () -> Ui.find(Text.class, "grid.value.text") == null);
        pressOnCell(grid, 2, NOTE, SWT.MouseDoubleClick);
        Text text = Ui.waitFor(Text.class, "grid.value.text");
        assertEquals(SampleTable.LONG_NOTE, Ui.sync(text::getText));
        assertTrue(Ui.sync(() -> Ui.find(Label.class, "grid.value.size").getText())
                .endsWith(SampleTable.LONG_NOTE.length() + " characters"));
        Ui.screenshot("value-viewer-text-" + database.dialect());
        Ui.run(() -> text.getShell().close());

        pressOnCell(grid, 3, DATA);
        Ui.waitUntil("no value viewer open", () -> Ui.find(Text.class, "grid.value.text") == null);
        Ui.display().asyncExec(() -> menu(grid, "table.data.grid.viewValue"));
        Text hex = Ui.waitFor(Text.class, "grid.value.text");
        assertTrue(Ui.sync(hex::getText).startsWith("00000000  89 50 4E 47 0D 0A 1A 0A  00 "), Ui.sync(hex::getText));
        assertTrue(Ui.sync(() -> Ui.find(Label.class, "grid.value.size").getText()).endsWith("9 bytes"));
        Ui.screenshot("value-viewer-binary-" + database.dialect());
        Ui.run(() -> hex.getShell().close());
    }

    @Test
    void theInputIsRestoredAfterARestart() {
        TableEditorInput input = new TableEditorInput("somewhere", new TableRef("public", "orders"));
        XMLMemento memento = XMLMemento.createWriteRoot("editor");
        input.getPersistable().saveState(memento);
        IElementFactory factory = Ui.sync(() -> PlatformUI.getWorkbench().getElementFactory(input.getFactoryId()));
        assertEquals(input, factory.createElement(memento));
        assertEquals(TableEditorInput.EDITOR_ID, EDITOR_ID);
    }

    private static void selectTab(String label) {
        Ui.run(() -> {
            CTabFolder folder = Ui.find(CTabFolder.class, "table.tabs");
            for (int i = 0; i < folder.getItemCount(); i++) {
                if (label.equals(folder.getItem(i).getText())) {
                    folder.setSelection(i);
                    Ui.click(folder);
                    return;
                }
            }
            throw new AssertionError("No tab " + label);
        });
    }

    private static void menu(Table table, String name) {
        Ui.run(() -> Ui.click(menuItem(table, name)));
    }

    /** UI thread only. */
    private static MenuItem menuItem(Table table, String name) {
        for (MenuItem item : table.getMenu().getItems()) {
            if (name.equals(item.getData(VelocityUi.WIDGET_ID))) {
                return item;
            }
        }
        throw new AssertionError("No menu item " + name);
    }

    /** A real key press, through the workbench's key bindings to the focused table. */
    private static void pressCtrlC(Table table) {
        Ui.run(() -> {
            table.getShell().forceActive();
            table.setFocus();
        });
        Ui.waitUntil("the grid has the focus", () -> Ui.display().getFocusControl() == table);
        Ui.run(() -> Ui.pressCtrl('c'));
    }

    private static String clipboard() {
        return Ui.sync(TableEditorTest::clipboardText);
    }

    /** UI thread only. */
    private static String clipboardText() {
        Clipboard clipboard = new Clipboard(Ui.display());
        try {
            String text = (String) clipboard.getContents(TextTransfer.getInstance());
            return text == null ? "" : text;
        } finally {
            clipboard.dispose();
        }
    }

    private static List<String> row(Table table, int row) {
        return Ui.sync(() -> {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                cells.add(table.getItem(row).getText(c));
            }
            return cells;
        });
    }
}
