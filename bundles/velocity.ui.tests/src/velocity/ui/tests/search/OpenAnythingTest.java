package velocity.ui.tests.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.operations.ConnectOperation;
import velocity.core.operations.DisconnectOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchIndex;
import velocity.core.search.SearchKind;
import velocity.core.search.SearchResult;
import velocity.tests.support.TestDatabase;
import velocity.ui.Connections;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.editors.TableEditorInput;
import velocity.ui.search.OpenAnything;
import velocity.ui.tests.support.Ui;

/**
 * Open Anything: Ctrl+K, a query typed key by key, the best match first, Enter opens it (a table's editor, a
 * function's view, a favorite's SQL editor); connections that are not open are named; the navigator's
 * Refresh reads the catalog again.
 */
class OpenAnythingTest {

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
    private final Velocity velocity = VelocityUi.velocity();
    private String connection;
    private String offline;
    private ActiveConnection setup;
    private final List<String> drops = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        Ui.run(() -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() && shell.isVisible()) {
                    shell.close();
                }
            }
            Ui.page().closeAllEditors(false);
        });
        OpenAnything.index().remove("test-favorites-" + suffix);
        if (setup == null) {
            return;
        }
        try {
            for (String drop : drops) {
                execute(drop);
            }
        } finally {
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

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ctrlKFindsATableAndEnterOpensIt(TestDatabase database) throws Exception {
        String table = "vso_" + suffix;
        prepare(database, "CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, " + table + "_ref INTEGER)",
                "DROP TABLE " + table);
        waitForIndexed(table);

        String query = "vso" + suffix;
        Table results = search(query);
        Ui.waitUntil("the table first, then its column", () -> results.getItemCount() >= 2
                && resultAt(results, 0).positions().length == query.length()
                && resultAt(results, 0).entry().name().equals(table)
                && resultAt(results, 0).entry().kind() == SearchKind.TABLE
                && resultAt(results, 1).entry().kind() == SearchKind.COLUMN
                && resultAt(results, 1).entry().name().equals(table + "_ref"));
        assertEquals(table, Ui.sync(() -> results.getItem(0).getText()).split(" ")[0]);
        assertEquals(0, (int) Ui.sync(results::getSelectionIndex));
        // Every letter typed is highlighted where it matched: "vso" then the suffix after the underscore.
        int[] highlighted = Ui.sync(() -> resultAt(results, 0).positions());
        assertEquals(List.of(0, 1, 2, 4), List.of(highlighted[0], highlighted[1], highlighted[2], highlighted[3]));
        assertEquals(table.length() - 1, highlighted[highlighted.length - 1]);
        String status = Ui.sync(() -> Ui.find(Label.class, "search.status").getText());
        assertTrue(status.contains("Not connected, so not searched:") && status.contains(offline), status);
        Ui.screenshot("open-anything-" + database.dialect());

        Ui.run(() -> Ui.pressKey('\r', SWT.CR));
        Ui.waitUntil("the table's editor", () -> {
            IEditorPart editor = Ui.page().getActiveEditor();
            return editor != null && editor.getEditorInput() instanceof TableEditorInput input
                    && input.connectionName().equals(connection) && input.table().name().equals(table);
        });
        assertTrue(Ui.sync(() -> Ui.find(Text.class, "search.text") == null), "the dialog closed");
        Ui.screenshot("open-anything-opened-" + database.dialect());

        String later = "vso_later_" + suffix;
        execute("CREATE TABLE " + later + " (id INTEGER PRIMARY KEY)");
        drops.add(0, "DROP TABLE " + later);
        Ui.run(() -> {
            Ui.page().activate(Ui.page().findView(VelocityUi.NAVIGATOR_VIEW_ID));
            VelocityCommands.execute("velocity.ui.navigator.commands.refresh", Map.of());
        });
        waitForIndexed(later);
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = { "POSTGRESQL", "MYSQL" })
    void opensAFunctionsViewAndAFavoritesSqlEditor(TestDatabase database) throws Exception {
        String function = "vsf_" + suffix;
        boolean pg = database == TestDatabase.POSTGRESQL;
        prepare(database, pg ? "CREATE FUNCTION " + function + "(n integer) RETURNS integer LANGUAGE sql AS 'SELECT n'"
                : "CREATE FUNCTION " + function + "(n INT) RETURNS INT DETERMINISTIC RETURN n",
                "DROP FUNCTION " + function + (pg ? "(integer)" : ""));
        waitForIndexed(function);

        Table results = search("vsf" + suffix);
        Ui.waitUntil("the function first", () -> results.getItemCount() >= 1
                && resultAt(results, 0).entry().kind() == SearchKind.FUNCTION
                && resultAt(results, 0).entry().name().equals(function));
        Ui.run(() -> Ui.pressKey('\r', SWT.CR));
        Text signature = Ui.waitFor(Text.class, "function.signature");
        assertEquals(function + (pg ? "(n integer)" : "(n int"), Ui.sync(signature::getText).replace("int(11)", "int")
                .substring(0, function.length() + (pg ? 11 : 6)));
        assertTrue(Ui.sync(() -> Ui.find(Text.class, "function.definition").getText())
                .startsWith("FUNCTION "), "the definition box");
        Ui.screenshot("open-anything-function-" + database.dialect());
        Ui.run(() -> signature.getShell().close());

        String sql = "select 42 as vsfav_" + suffix;
        OpenAnything.index().replace("test-favorites-" + suffix,
                List.of(SearchEntry.favorite(connection, "vsfav " + suffix + " answer", sql)));
        Table favorites = search("vsfav" + suffix);
        Ui.waitUntil("the favorite first", () -> favorites.getItemCount() >= 1
                && resultAt(favorites, 0).entry().kind() == SearchKind.FAVORITE);
        Ui.run(() -> Ui.pressKey('\r', SWT.CR));
        Ui.waitUntil("a SQL editor with the favorite's text", () -> Ui.page().getActiveEditor() instanceof ITextEditor e
                && sql.equals(e.getDocumentProvider().getDocument(e.getEditorInput()).get()));
    }

    /** A saved connection with an object made on a connection of the test's own, and a second one not connected. */
    private void prepare(TestDatabase database, String create, String dropStatement) throws Exception {
        database.assumeReachable();
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        connection = "search-" + database.dialect() + "-" + suffix;
        offline = "search-offline-" + suffix;
        Path dir = Files.createTempDirectory("velocity-search");
        velocity.connections().save(database.settings(connection, dir).toBuilder().savePassword(true).build(),
                database.password());
        velocity.connections().save(database.settings(offline, dir).toBuilder().savePassword(true).build(),
                database.password());
        setup = new ConnectOperation(velocity.manager(), database.settings(connection + "-setup", dir),
                database.password()).run(Monitor.create());
        execute(create);
        drops.add(dropStatement);
        Ui.run(() -> VelocityUi.connections().fire(connection, Connections.Change.SAVED));
        Ui.run(() -> VelocityUi.connections().connect(connection, null, c -> { }));
    }

    private void waitForIndexed(String name) {
        Ui.waitUntil("the index holds " + name, () -> OpenAnything.index()
                .entries(SearchIndex.catalogSource(connection)).stream().anyMatch(e -> e.name().equals(name)));
    }

    /** Presses Ctrl+K, types the query key by key and returns the list of results. */
    private static Table search(String query) {
        pressCtrlK();
        Text text = Ui.waitFor(Text.class, "search.text");
        Ui.waitUntil("the search field has the focus", () -> Ui.display().getFocusControl() == text);
        for (char c : query.toCharArray()) {
            Ui.run(() -> Ui.pressKey(c, c));
        }
        Ui.waitUntil("the typed text", () -> text.getText().equals(query));
        return Ui.waitFor(Table.class, "search.results");
    }

    private static SearchResult resultAt(Table results, int row) {
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
        Ui.run(() -> Ui.pressCtrl('k'));
    }

    private void execute(String sql) throws Exception {
        try (QueryExecution run = setup.execute(QueryRequest.of(sql), Monitor.create())) {
            while (run.nextResult() != null) {
                // consumed so the statement completes
            }
        }
    }
}
