package velocity.ui.sql.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;

import velocity.core.VelocityException;

/**
 * Marks where the server located an error: an error annotation (the red squiggle and the overview ruler
 * mark) on the word at that position, which is also selected with the caret on it.
 */
final class ErrorMarker {

    static final String ERROR_TYPE = "org.eclipse.ui.workbench.texteditor.error";

    private final SqlEditor editor;
    private Annotation current;
    private int selectedOffset = -1;
    private int selectedLength;

    ErrorMarker(SqlEditor editor) {
        this.editor = editor;
    }

    /** Marks the error of a statement; the position counts from the statement's first character. */
    void mark(StatementFinder.Statement statement, VelocityException error) {
        clear();
        if (error.position() < 0) {
            return;
        }
        IDocument document = editor.document();
        int offset = Math.min(statement.start() + error.position(), Math.min(statement.end(), document.getLength()));
        int length = wordLength(document.get(), offset);
        current = new Annotation(ERROR_TYPE, false, error.getMessage());
        IAnnotationModel model = editor.annotations();
        if (model != null) {
            model.addAnnotation(current, new Position(offset, length));
        }
        editor.reveal(offset, length);
        selectedOffset = offset;
        selectedLength = length;
    }

    /**
     * Whether a selection is the one this marker made: it shows where the error is and is no selection of
     * the user's to run on its own.
     */
    boolean selected(int offset, int length) {
        return current != null && offset == selectedOffset && length == selectedLength;
    }

    void clear() {
        IAnnotationModel model = editor.annotations();
        if (current != null && model != null) {
            model.removeAnnotation(current);
        }
        current = null;
        selectedOffset = -1;
    }

    /** The length of the word at the offset, or 1 for any other character (0 at the end of the text). */
    private static int wordLength(String text, int offset) {
        int end = offset;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return end > offset ? end - offset : Math.min(1, text.length() - offset);
    }
}
