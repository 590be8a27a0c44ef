package velocity.ui.tests.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static velocity.ui.tests.editors.TableEditorDriver.ID;
import static velocity.ui.tests.editors.TableEditorDriver.click;
import static velocity.ui.tests.editors.TableEditorDriver.grid;
import static velocity.ui.tests.editors.TableEditorDriver.text;
import static velocity.ui.tests.editors.TableEditorDriver.waitForPage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.tests.support.TestDatabase;
import velocity.ui.tests.support.Ui;

/**
 * The filter bar of the table editor's Data tab on the 450-row sample table: a condition and a server-side sort
 * built with the bar, applied, paged forward and counted; a raw WHERE the server refuses, shown in the bar;
 * then cleared back to every row.
 */
class FilterBarTest extends TableEditorCase {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void filtersSortsPagesAndCountsOnTheServerThenClears(TestDatabase database) throws Exception {
        driver = TableEditorDriver.open(database);
        Table grid = grid();
        waitForPage("Rows 1–200");
        // Rows with an amount of at least 50, highest id first: more than one page, in an order no page has.
        List<Integer> expected = IntStream.rangeClosed(1, SampleTable.ROWS).filter(i -> SampleTable.amount(i) >= 50)
                .boxed().sorted(Comparator.reverseOrder()).toList();
        assertTrue(expected.size() > 200, "two pages: " + expected.size());

        click("table.filter.add");
        Combo column = Ui.waitFor(Combo.class, "table.filter.column.0");
        Ui.waitUntil("the columns in the condition's combo", () -> column.indexOf("amount") >= 0);
        Ui.run(() -> {
            column.select(column.indexOf("amount"));
            Combo operator = Ui.find(Combo.class, "table.filter.operator.0");
            operator.select(operator.indexOf(">="));
            Ui.find(Text.class, "table.filter.value.0").setText("50");
            Combo sort = Ui.find(Combo.class, "table.filter.sortColumn");
            sort.select(sort.indexOf("id"));
            Ui.find(Combo.class, "table.filter.sortDirection").select(1);
        });
        // Enter in the value applies, as the Apply button does.
        Ui.run(() -> Ui.find(Text.class, "table.filter.value.0").notifyListeners(SWT.DefaultSelection, null));
        Ui.waitUntil("the filtered first page", () -> "Rows 1–200".equals(text("table.data.page"))
                && grid.getItemCount() == 200 && grid.getItem(0).getText(ID).equals(expected.get(0).toString()));
        assertEquals(expected.subList(0, 200), ids(grid));
        assertEquals("Filtered", text("table.filter.status"));
        Ui.screenshot("filter-bar-applied-" + database.dialect());

        click("table.data.next");
        waitForPage("Rows 201–" + expected.size());
        assertEquals(expected.subList(200, expected.size()), ids(grid));
        assertFalse(Ui.sync(() -> Ui.find(Button.class, "table.data.next").isEnabled()), "the last filtered page");

        click("table.data.count");
        waitForPage("Rows 201–" + expected.size() + " of " + expected.size());
        assertEquals(expected.size() + " rows match", text("table.data.countLabel"));
        click("table.data.previous");
        waitForPage("Rows 1–200 of " + expected.size());
        assertEquals(expected.subList(0, 200), ids(grid));
        Ui.screenshot("filter-bar-counted-" + database.dialect());

        Ui.run(() -> {
            Text where = Ui.find(Text.class, "table.filter.where");
            where.setText("no_such_column = 1");
            where.notifyListeners(SWT.DefaultSelection, null);
        });
        Ui.waitUntil("the server's message in the bar", () -> {
            Label error = Ui.find(Label.class, "table.filter.error");
            return error != null && error.getText().contains("no_such_column");
        });
        assertEquals(expected.subList(0, 200), ids(grid), "the rows shown stay");
        Ui.screenshot("filter-bar-error-" + database.dialect());

        Ui.run(() -> Ui.find(Text.class, "table.filter.where").setText("id < 3; DELETE FROM x"));
        click("table.filter.apply");
        Ui.waitUntil("the ';' refused in the bar", () -> {
            Label error = Ui.find(Label.class, "table.filter.error");
            return error != null && error.getText().contains("';'");
        });

        click("table.filter.clear");
        Ui.waitUntil("every row again", () -> "Rows 1–200 of 450".equals(text("table.data.page"))
                && grid.getItem(0).getText(ID).equals("1"));
        assertEquals("450 rows", text("table.data.countLabel"));
        assertEquals("", text("table.filter.status"));
        assertTrue(Ui.sync(() -> Ui.find(Label.class, "table.filter.error") == null), "the message is gone");
        assertTrue(Ui.sync(() -> Ui.find(Combo.class, "table.filter.column.0") == null), "the conditions are gone");
        assertEquals("", Ui.sync(() -> Ui.find(Text.class, "table.filter.where").getText()));

        // A header click on a table of three pages sorts every row on the server, not the page in the grid.
        TableColumn amount = Ui.sync(() -> grid.getColumn(2));
        Ui.run(() -> Ui.click(amount));
        List<Integer> byAmount = IntStream.rangeClosed(1, SampleTable.ROWS).boxed()
                .sorted(Comparator.comparingInt(SampleTable::amount).thenComparing(i -> i)).toList();
        Ui.waitUntil("sorted by amount on the server", () -> grid.getItemCount() == 200
                && grid.getItem(0).getText(ID).equals(byAmount.get(0).toString()) && grid.getSortDirection() == SWT.UP);
        assertEquals(byAmount.subList(0, 200), ids(grid));
        assertEquals("Sorted", text("table.filter.status"));
        assertEquals("amount", Ui.sync(() -> Ui.find(Combo.class, "table.filter.sortColumn").getText()));
        click("table.data.next");
        waitForPage("Rows 201–400 of 450");
        assertEquals(byAmount.subList(200, 400), ids(grid));
        Ui.screenshot("filter-bar-header-sort-" + database.dialect());
    }

    private static List<Integer> ids(Table grid) {
        return Ui.sync(() -> {
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < grid.getItemCount(); i++) {
                ids.add(Integer.valueOf(grid.getItem(i).getText(ID)));
            }
            return ids;
        });
    }
}
