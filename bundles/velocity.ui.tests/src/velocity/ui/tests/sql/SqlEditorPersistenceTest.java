package velocity.ui.tests.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import velocity.tests.support.TestDatabase;
import velocity.ui.sql.SqlEditors;
import velocity.ui.tests.support.Ui;

/** A query typed and never run survives closing the editor and the workbench's restore. */
class SqlEditorPersistenceTest {

    @AfterAll
    static void deleteConnections() {
        SqlEditorDriver.deleteSavedConnections();
    }

    @Test
    void textTypedAndNotRunComesBackAfterARestart() throws Exception {
        String connection = SqlEditorDriver.connection(TestDatabase.SQLITE);
        String text = "SELECT 'typed, never run' AS kept -- " + System.nanoTime();
        XMLMemento memento = XMLMemento.createWriteRoot("editor");
        String factoryId;
        Path script;
        IEditorInput[] input = new IEditorInput[1];
        try (SqlEditorDriver sql = SqlEditorDriver.open(connection)) {
            assertEquals(connection, Ui.sync(() -> Ui.find(Combo.class, "sql.connection").getText()));
            assertTrue(Ui.sync(() -> sql.editor.getTitle()).contains(connection));
            input[0] = Ui.sync(sql.editor::getEditorInput);
            script = Ui.sync(() -> ((IPathEditorInput) sql.editor.getEditorInput()).getPath().toPath());
            Ui.run(() -> sql.document().set(text));
            Ui.waitUntil("the script file to hold the text", () -> text.equals(read(script)));
            Ui.waitUntil("the editor to be clean", () -> !sql.editor.isDirty());
            IPersistableElement persistable = Ui.sync(() -> sql.editor.getEditorInput().getPersistable());
            assertNotNull(persistable);
            factoryId = Ui.sync(persistable::getFactoryId);
            assertEquals(SqlEditors.INPUT_FACTORY_ID, factoryId);
            Ui.run(() -> persistable.saveState(memento));
        }
        assertTrue(Ui.sync(() -> Ui.page().findEditor(input[0]) == null), "the editor is closed");

        XMLMemento restored = XMLMemento.createReadRoot(new java.io.StringReader(toString(memento)));
        ITextEditor reopened = Ui.sync(() -> {
            IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(factoryId);
            IAdaptable element = factory.createElement(restored);
            try {
                return (ITextEditor) Ui.page().openEditor((IEditorInput) element, SqlEditors.EDITOR_ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertEquals(text, Ui.sync(() -> reopened.getDocumentProvider().getDocument(reopened.getEditorInput()).get()));
            assertEquals(script, Ui.sync(() -> ((IPathEditorInput) reopened.getEditorInput()).getPath().toPath()));
            assertEquals(connection, Ui.sync(() -> Ui.find(Combo.class, "sql.connection").getText()),
                    "the script is still bound to its connection");
        } finally {
            Ui.run(() -> Ui.page().closeEditor(reopened, false));
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toString(XMLMemento memento) throws IOException {
        java.io.StringWriter writer = new java.io.StringWriter();
        memento.save(writer);
        return writer.toString();
    }
}
