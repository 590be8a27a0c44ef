package velocity.ui.tests.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.operations.ConnectOperation;
import velocity.core.operations.DisconnectOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.search.SearchIndex;
import velocity.core.search.SearchKind;
import velocity.core.search.SearchResult;
import velocity.tests.support.TestDatabase;
import velocity.ui.Connections;
import velocity.ui.VelocityUi;
import velocity.ui.editors.TableEditorInput;
import velocity.ui.search.OpenAnything;
import velocity.ui.tests.support.Ui;

/**
 * Open Anything: Ctrl+K, a query typed key by key, the table first and its column after it, Enter opens the
 * table's editor; connections that are not open are named.
 */
class OpenAnythingTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ctrlKFindsATableAndEnterOpensIt(TestDatabase database) throws Exception {
        database.assumeReachable();
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
        String connection = "search-" + database.dialect() + "-" + suffix;
        String offline = "search-offline-" + suffix;
        String table = "vso_" + suffix;
        Path dir = Files.createTempDirectory("velocity-search");
        Velocity velocity = VelocityUi.velocity();
        ConnectionSettings settings = database.settings(connection, dir).toBuilder().savePassword(true).build();
        velocity.connections().save(settings, database.password());
        velocity.connections().save(database.settings(offline, dir).toBuilder().savePassword(true).build(),
                database.password());
        ActiveConnection setup = new ConnectOperation(velocity.manager(), database.settings(connection + "-setup", dir),
                database.password()).run(Monitor.create());
        try {
            execute(setup, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, " + table + "_ref INTEGER)");
            Ui.run(() -> VelocityUi.connections().fire(connection, Connections.Change.SAVED));
            Ui.run(() -> VelocityUi.connections().connect(connection, null, c -> { }));
            Ui.waitUntil("the index holds the new table", () -> OpenAnything.index()
                    .entries(SearchIndex.catalogSource(connection)).stream().anyMatch(e -> e.name().equals(table)));

            pressCtrlK();
            Text text = Ui.waitFor(Text.class, "search.text");
            typeInto(text, "vso" + suffix);
            Table results = Ui.waitFor(Table.class, "search.results");
            Ui.waitUntil("the table first, then its column", () -> results.getItemCount() >= 2
                    && entryOf(results, 0).entry().name().equals(table)
                    && entryOf(results, 0).entry().kind() == SearchKind.TABLE
                    && entryOf(results, 1).entry().kind() == SearchKind.COLUMN
                    && entryOf(results, 1).entry().name().equals(table + "_ref"));
            assertEquals(table, Ui.sync(() -> results.getItem(0).getText()).split(" ")[0]);
            assertEquals(0, (int) Ui.sync(results::getSelectionIndex));
            String status = Ui.sync(() -> Ui.find(Label.class, "search.status").getText());
            assertTrue(status.contains("Not connected, so not searched:") && status.contains(offline), status);
            Ui.screenshot("open-anything-" + database.dialect());

            Ui.run(() -> post('\r', SWT.CR));
            Ui.waitUntil("the table's editor", () -> {
                IEditorPart editor = Ui.page().getActiveEditor();
                return editor != null && editor.getEditorInput() instanceof TableEditorInput input
                        && input.connectionName().equals(connection) && input.table().name().equals(table);
            });
            assertTrue(Ui.sync(() -> Ui.find(Text.class, "search.text") == null), "the dialog closed");
            Ui.screenshot("open-anything-opened-" + database.dialect());
        } finally {
            Ui.run(() -> Ui.page().closeAllEditors(false));
            execute(setup, "DROP TABLE " + table);
            new DisconnectOperation(velocity.manager(), setup.name()).run(Monitor.create());
            new DisconnectOperation(velocity.manager(), connection).run(Monitor.create());
            velocity.connections().delete(connection);
            velocity.connections().delete(offline);
            Ui.run(() -> {
                VelocityUi.connections().fire(connection, Connections.Change.DELETED);
                VelocityUi.connections().fire(offline, Connections.Change.DELETED);
            });
        }
    }

    private static SearchResult entryOf(Table results, int row) {
        return (SearchResult) results.getItem(row).getData();
    }

    /** The real key: through the workbench's key bindings, as a user presses it. */
    private static void pressCtrlK() {
        Ui.run(() -> {
            Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            shell.forceActive();
            Ui.page().activate(Ui.page().findView(VelocityUi.NAVIGATOR_VIEW_ID));
        });
        Ui.waitUntil("the workbench window is active", () -> Ui.activeShell() != null
                && Ui.activeShell() == PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        Ui.run(() -> {
            post(SWT.KeyDown, SWT.CTRL, '\0');
            post(SWT.KeyDown, 'k', 'k');
            post(SWT.KeyUp, 'k', 'k');
            post(SWT.KeyUp, SWT.CTRL, '\0');
        });
    }

    private static void typeInto(Text text, String typed) {
        Ui.waitUntil("the search field has the focus", () -> Ui.display().getFocusControl() == text);
        for (char c : typed.toCharArray()) {
            Ui.run(() -> post(c, c));
        }
        Ui.waitUntil("the typed text", () -> text.getText().equals(typed));
    }

    private static void post(char character, int keyCode) {
        post(SWT.KeyDown, keyCode, character);
        post(SWT.KeyUp, keyCode, character);
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        Ui.display().post(event);
    }

    private static void execute(ActiveConnection setup, String sql) throws Exception {
        try (QueryExecution run = setup.execute(QueryRequest.of(sql), Monitor.create())) {
            while (run.nextResult() != null) {
                // consumed so the statement completes
            }
        }
    }
}
