package velocity.ui.editors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One tab of an object editor, contributed through the extension point {@code velocity.ui.editors}. The
 * class needs a public no-argument constructor; the editor creates one instance per editor, calls
 * {@link #create} when the tab is first shown and {@link #dispose()} when the editor closes. Database work
 * goes through {@link EditorTabContext#run}, never on the UI thread.
 */
public interface EditorTab {

    /**
     * Creates the tab's control. The table's structure may still be loading: use
     * {@link EditorTabContext#whenSchemaLoaded} to fill in what depends on it.
     */
    Control create(Composite parent, EditorTabContext context);

    /** The tab was brought to the front, e.g. to refresh what may have changed; nothing by default. */
    default void activated() {
    }

    /**
     * Whether the tab holds changes not yet written to the database; the editor then shows itself dirty and
     * asks before closing. Tell the editor when this changes with {@link EditorTabContext#dirtyChanged()}.
     */
    default boolean isDirty() {
        return false;
    }

    /**
     * Writes the tab's changes in a job (Ctrl+S, or Apply when the editor closes): {@code onSaved} runs on the
     * UI thread once they are written, and not at all when writing failed and the changes were kept.
     */
    default void save(Runnable onSaved) {
        onSaved.run();
    }

    /** Drops the tab's changes. Nothing by default. */
    default void discard() {
    }

    /** The editor is closing; the control is disposed by the editor. Nothing by default. */
    default void dispose() {
    }
}
