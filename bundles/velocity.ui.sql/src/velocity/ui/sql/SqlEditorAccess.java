package velocity.ui.sql;

import java.util.Arrays;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;

import velocity.ui.ErrorReporter;
import velocity.ui.VelocityCommands;
import velocity.ui.sql.internal.SqlEditor;

/**
 * What other bundles may do with SQL editors: open one with a text on a connection, read what the user has
 * in one, and run its text. UI thread only.
 */
public final class SqlEditorAccess {

    private SqlEditorAccess() {
    }

    /** Whether the part is a SQL editor. */
    public static boolean isSqlEditor(IWorkbenchPart part) {
        return part instanceof SqlEditor;
    }

    /** The saved connection a SQL editor runs on, or {@code null} (none chosen, or not a SQL editor). */
    public static String connection(IWorkbenchPart part) {
        return part instanceof SqlEditor editor ? editor.connectionName() : null;
    }

    /** The selected text of a SQL editor, or its whole text when nothing is selected; {@code ""} for other parts. */
    public static String text(IWorkbenchPart part) {
        if (!(part instanceof SqlEditor editor)) {
            return "";
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (document == null) {
            return "";
        }
        ISelection selection = editor.getSelectionProvider().getSelection();
        if (selection instanceof ITextSelection text && text.getLength() > 0) {
            return text.getText();
        }
        return document.get();
    }

    /**
     * Opens a new SQL editor, as New SQL Editor does, holding the text. With no connection (or one no longer
     * saved) the user chooses one as for a new editor.
     *
     * @return the editor, or {@code null} when none was opened (the user cancelled the choice)
     */
    public static ITextEditor open(IWorkbenchPage page, String connection, String text) {
        IEditorReference[] before = page.getEditorReferences();
        VelocityCommands.execute(VelocityCommands.NEW_SQL_EDITOR,
                connection == null ? Map.of() : Map.of(VelocityCommands.CONNECTION, connection));
        IEditorPart active = page.getActiveEditor();
        boolean opened = active instanceof SqlEditor
                && Arrays.stream(before).noneMatch(r -> r.getPart(false) == active);
        if (!opened) {
            return null;
        }
        SqlEditor editor = (SqlEditor) active;
        editor.getDocumentProvider().getDocument(editor.getEditorInput()).set(text);
        editor.selectAndReveal(0, 0);
        return editor;
    }

    /** Runs the whole text of a SQL editor, as selecting it all and pressing Ctrl+Enter would. */
    public static void runAll(ITextEditor editor) {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        editor.getSite().getPage().activate(editor);
        editor.selectAndReveal(0, document.getLength());
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(SqlEditors.RUN_COMMAND, null);
        } catch (Exception e) {
            ErrorReporter.report("Running the statement in " + editor.getTitle(), e);
        }
    }
}
