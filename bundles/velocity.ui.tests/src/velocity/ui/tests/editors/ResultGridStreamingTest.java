package velocity.ui.tests.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.query.QueryExecution;
import velocity.core.query.StatementResult;
import velocity.tests.support.TestDatabase;
import velocity.ui.grid.ResultGrid;
import velocity.ui.tests.support.Ui;

/** The result grid streams a query's rows a page at a time as the user scrolls, up to its row cap. */
class ResultGridStreamingTest {

    private SampleTable sample;
    private QueryExecution execution;
    private Shell shell;

    @AfterEach
    void closeEverything() throws Exception {
        if (shell != null) {
            Ui.run(shell::dispose);
            shell = null;
        }
        if (execution != null) {
            execution.close();
            execution = null;
        }
        if (sample != null) {
            sample.close();
            sample = null;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fetchesTheNextPagesWhileScrollingToTheEnd(TestDatabase database) throws Exception {
        ResultGrid grid = start(database, 0);
        Table table = grid.table();
        waitForRows(grid, 200);
        assertFalse(Ui.sync(grid::isExhausted));
        assertTrue(Ui.sync(grid::statusText).startsWith("200 rows loaded"), Ui.sync(grid::statusText));
        assertEquals("1", Ui.sync(() -> table.getItem(0).getText(0)));

        scrollToEnd(table);
        waitForRows(grid, 400);
        assertEquals("400", Ui.sync(() -> table.getItem(399).getText(0)));
        scrollToEnd(table);
        waitForRows(grid, SampleTable.ROWS);
        Ui.waitUntil("the end of the result", grid::isExhausted);
        assertEquals("450 rows", Ui.sync(grid::statusText));
        Ui.screenshot("result-grid-streamed-" + database.dialect());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "SQLITE")
    void stopsAtTheRowCapAndSaysSo(TestDatabase database) throws Exception {
        ResultGrid grid = start(database, 300);
        waitForRows(grid, 200);
        scrollToEnd(grid.table());
        waitForRows(grid, 300);
        scrollToEnd(grid.table());
        Ui.settle();
        assertEquals(300, Ui.sync(grid::rowCount));
        assertFalse(Ui.sync(grid::isFetching));
        assertFalse(Ui.sync(grid::isExhausted));
        assertTrue(Ui.sync(grid::statusText).contains("row cap"), Ui.sync(grid::statusText));
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = { "SQLITE", "POSTGRESQL" })
    void fetchesNothingMoreOnceCancelledSoTheResultCanBeClosed(TestDatabase database) throws Exception {
        ResultGrid grid = start(database, 0);
        waitForRows(grid, 200);
        Ui.run(grid::cancelFetch);
        execution.close();
        scrollToEnd(grid.table());
        Ui.settle();
        assertEquals(200, Ui.sync(grid::rowCount));
        assertFalse(Ui.sync(grid::isFetching));
        assertEquals("200 rows loaded; fetching was stopped.", Ui.sync(grid::statusText));
    }

    private ResultGrid start(TestDatabase database, int rowCap) throws Exception {
        database.assumeReachable();
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        sample = new SampleTable(database);
        execution = sample.query("SELECT id, name, note FROM " + sample.table + " ORDER BY id");
        StatementResult.Rows rows = (StatementResult.Rows) execution.nextResult();
        return Ui.sync(() -> {
            shell = new Shell(Ui.display(), SWT.SHELL_TRIM);
            shell.setText("Result grid");
            shell.setLayout(new FillLayout());
            ResultGrid grid = new ResultGrid(shell, "test.grid");
            if (rowCap > 0) {
                grid.setRowCap(rowCap);
            }
            shell.setSize(700, 400);
            shell.open();
            grid.showRows(sample.connection, rows);
            return grid;
        });
    }

    private static void waitForRows(ResultGrid grid, int count) {
        Ui.waitUntil(count + " rows loaded", () -> grid.rowCount() == count && !grid.isFetching());
    }

    /** What scrolling to the bottom does: the last rows become visible and ask for their data. */
    private static void scrollToEnd(Table table) {
        Ui.run(() -> {
            int last = table.getItemCount() - 1;
            table.setTopIndex(last);
            table.getItem(last).getText(0);
        });
    }
}
