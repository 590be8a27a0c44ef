package velocity.ui.tests.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

import velocity.core.operations.CreateSampleDatabaseOperation;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.sql.SqlEditors;
import velocity.ui.tests.support.Ui;

/**
 * What a new user does first: browse the sample database and run a query on it. The screenshot it takes,
 * of the whole window, is the README's.
 */
class WorkbenchTourTest {

    private static final String SAMPLE = CreateSampleDatabaseOperation.CONNECTION_NAME;
    private static final String QUERY = """
            SELECT c.first_name || ' ' || c.last_name AS customer,
                   COUNT(*) AS orders,
                   ROUND(SUM(o.total), 2) AS spent
            FROM customers c
            JOIN orders o ON o.customer_id = c.id
            GROUP BY c.id
            ORDER BY spent DESC;
            """;

    @Test
    void browsesTheSampleAndRunsAQuery() throws Exception {
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        Ui.run(() -> {
            Shell shell = Ui.page().getWorkbenchWindow().getShell();
            shell.setBounds(Ui.display().getBounds());
        });
        NavigatorDriver.showNavigator();
        TreeItem tables = NavigatorDriver.item(SAMPLE, "main", "Tables");
        NavigatorDriver.expand(tables);
        TreeItem orders = NavigatorDriver.item(SAMPLE, "main", "Tables", "orders");
        NavigatorDriver.expand(orders);
        NavigatorDriver.select(orders);

        Ui.run(() -> VelocityCommands.execute(VelocityCommands.NEW_SQL_EDITOR, Map.of(VelocityCommands.CONNECTION, SAMPLE)));
        ITextEditor editor = Ui.waitFor("the SQL editor", () -> {
            IEditorPart active = Ui.page().getActiveEditor();
            return active instanceof ITextEditor text && SqlEditors.EDITOR_ID.equals(active.getSite().getId()) ? text : null;
        });
        try {
            Ui.run(() -> {
                IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
                document.set(QUERY);
                editor.selectAndReveal(10, 0);
            });
            Ui.run(() -> {
                try {
                    editor.getSite().getService(IHandlerService.class).executeCommand(SqlEditors.RUN_COMMAND, null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Table grid = Ui.waitFor(Table.class, "sql.results.table");
            Ui.waitUntil("the query's rows", () -> grid.getItemCount() >= 50);
            assertEquals("customer", Ui.sync(() -> grid.getColumn(grid.getColumnCount() - 3).getText()));
            int firstOrders = Integer.parseInt(Ui.sync(() -> grid.getItem(0).getText(grid.getColumnCount() - 2)).trim());
            assertTrue(firstOrders > 0, "orders of the best customer: " + firstOrders);
            Ui.screenshot("workbench-tour");
        } finally {
            Ui.run(() -> Ui.page().closeEditor(editor, false));
            VelocityUi.connections().disconnect(SAMPLE);
        }
    }
}
