package velocity.ui.sql.internal;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;

/**
 * Saves a script about a second after typing stops, so that an unclean exit loses at most that second.
 * The timer restarts with every change; it runs on the UI thread, where the document lives.
 */
final class Autosave implements IDocumentListener {

    static final int DELAY_MILLIS = 1000;

    private final Display display;
    private final Runnable save;
    private final Runnable tick = this::fire;
    private IDocument document;

    Autosave(Display display, Runnable save) {
        this.display = display;
        this.save = save;
    }

    void attach(IDocument newDocument) {
        detach();
        document = newDocument;
        if (document != null) {
            document.addDocumentListener(this);
        }
    }

    void detach() {
        if (document != null) {
            document.removeDocumentListener(this);
            document = null;
        }
        if (!display.isDisposed()) {
            display.timerExec(-1, tick);
        }
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
        // Only completed changes are saved.
    }

    @Override
    public void documentChanged(DocumentEvent event) {
        display.timerExec(DELAY_MILLIS, tick);
    }

    private void fire() {
        if (document != null) {
            save.run();
        }
    }
}
