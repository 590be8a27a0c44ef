package velocity.ui.tests.sql;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;

import velocity.core.ConnectionSettings;
import velocity.core.VelocityException;
import velocity.tests.support.TestDatabase;
import velocity.ui.Connections;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.sql.SqlEditors;
import velocity.ui.tests.support.Ui;

/** Opens SQL editors on test connections and drives them the way a user does. */
final class SqlEditorDriver implements AutoCloseable {

    private static final Map<TestDatabase, String> CONNECTIONS = new ConcurrentHashMap<>();
    private static final List<String> SAVED = new CopyOnWriteArrayList<>();

    final ITextEditor editor;

    private SqlEditorDriver(ITextEditor editor) {
        this.editor = editor;
    }

    /** A saved connection to the test database, made once per run under a unique name. */
    static String connection(TestDatabase db) {
        db.assumeReachable();
        return CONNECTIONS.computeIfAbsent(db, SqlEditorDriver::save);
    }

    /** Deletes the connections saved by {@link #save}, so later tests see only their own. */
    static void deleteSavedConnections() {
        Ui.run(() -> Ui.page().closeAllEditors(false));
        for (String name : SAVED) {
            try {
                VelocityUi.velocity().manager().disconnect(name);
                VelocityUi.velocity().connections().delete(name);
            } catch (VelocityException e) {
                throw new IllegalStateException("Cannot delete the test connection " + name, e);
            }
            VelocityUi.connections().fire(name, Connections.Change.DELETED);
        }
        SAVED.clear();
        CONNECTIONS.clear();
    }

    /** Saves a new connection to the test database under a unique name. */
    static String save(TestDatabase d) {
        String name = "sql-test-" + d.dialect() + "-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Path dir = Files.createTempDirectory("velocity-sql-test");
            // Saved with its password (none here), so connecting does not ask for one.
            ConnectionSettings settings = d.settings(name, dir).toBuilder().savePassword(true).build();
            VelocityUi.velocity().connections().save(settings, d.password());
        } catch (IOException | VelocityException e) {
            throw new IllegalStateException("Cannot save the test connection " + name, e);
        }
        SAVED.add(name);
        VelocityUi.connections().fire(name, Connections.Change.SAVED);
        return name;
    }

    /** Opens a new SQL editor on the connection through the New SQL Editor command. */
    static SqlEditorDriver open(String connectionName) {
        IEditorReference[] before = Ui.sync(() -> Ui.page().getEditorReferences());
        Ui.run(() -> VelocityCommands.execute(VelocityCommands.NEW_SQL_EDITOR,
                Map.of(VelocityCommands.CONNECTION, connectionName)));
        return waitForNewEditor(before);
    }

    /** The SQL editor opened since {@code before} was taken. */
    static SqlEditorDriver waitForNewEditor(IEditorReference[] before) {
        ITextEditor editor = Ui.waitFor("a new SQL editor", () -> {
            IEditorPart active = Ui.page().getActiveEditor();
            boolean isNew = active != null && java.util.Arrays.stream(before).noneMatch(r -> r.getPart(false) == active);
            return isNew && active instanceof ITextEditor text ? text : null;
        });
        assertTrue(Ui.sync(() -> editor.getSite().getId()).equals(SqlEditors.EDITOR_ID));
        return new SqlEditorDriver(editor);
    }

    IDocument document() {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    /** Replaces the text and puts the caret at {@code caret}. */
    void type(String text, int caret) {
        Ui.run(() -> {
            document().set(text);
            editor.selectAndReveal(caret, 0);
        });
    }

    void select(int offset, int length) {
        Ui.run(() -> editor.selectAndReveal(offset, length));
    }

    /** Ctrl+Enter: the run command, through the handler service as the key binding does. */
    void run() {
        command(SqlEditors.RUN_COMMAND);
    }

    /** Ctrl+Alt+Enter: the run-script command. */
    void runScript() {
        command(SqlEditors.RUN_SCRIPT_COMMAND);
    }

    /** Escape: the cancel command. */
    void cancelCommand() {
        command(SqlEditors.CANCEL_COMMAND);
    }

    private void command(String id) {
        Ui.run(() -> {
            Ui.page().activate(editor);
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot run " + id, e);
            }
        });
    }

    String status() {
        return Ui.sync(() -> Ui.find(Label.class, "sql.status").getText());
    }

    void waitForStatus(String part) {
        try {
            Ui.waitUntil("the status to contain '" + part + "'", () -> {
                Label status = Ui.find(Label.class, "sql.status");
                return status != null && status.getText().contains(part);
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the status says: " + status() + "; the grid's: "
                    + Ui.sync(() -> Ui.find(Label.class, "sql.results.status").getText()), e);
        }
    }

    Table table() {
        Table table = Ui.sync(() -> Ui.find(Table.class, "sql.results.table"));
        assertNotNull(table, "the result table");
        return table;
    }

    Button button(String id) {
        return Ui.sync(() -> Ui.find(Button.class, id));
    }

    int rows() {
        Table table = table();
        return Ui.sync(table::getItemCount);
    }

    String cell(int row, int column) {
        Table table = table();
        return Ui.sync(() -> table.getItem(row).getText(column));
    }

    String header(int column) {
        Table table = table();
        return Ui.sync(() -> table.getColumn(column).getText());
    }

    @Override
    public void close() {
        Ui.run(() -> Ui.page().closeEditor(editor, false));
    }
}
