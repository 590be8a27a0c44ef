package velocity.ui.editors;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.widgets.Control;

import velocity.core.ActiveConnection;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.core.metadata.TableSchema;
import velocity.core.operations.VelocityOperation;

/** What an editor tab knows about its editor: the object, its connection, its structure and a way to run work. */
public interface EditorTabContext {

    /** The saved connection the object belongs to. */
    String connectionName();

    /** The object; its schema is the one the catalog gave once {@link #schema()} is loaded. */
    TableRef table();

    /** The object's structure, read once per editor, or {@code null} while it is loading or failed. */
    TableSchema schema();

    /** Calls {@code onLoaded} on the UI thread with the structure: at once if loaded, else when it arrives. */
    void whenSchemaLoaded(Consumer<TableSchema> onLoaded);

    /**
     * Hands the open connection to {@code onReady} on the UI thread, connecting in a job first when needed
     * (asking for a password that is not saved). Failures are reported; {@code onReady} is then not called.
     */
    void connect(Consumer<ActiveConnection> onReady);

    /**
     * Connects when needed, then runs an operation in a cancellable job owned by the editor: the result
     * comes to {@code onSuccess} on the UI thread unless the editor was closed first. Failures are reported
     * through the error reporter and then given to {@code onFailure}.
     */
    <T> void run(Function<ActiveConnection, VelocityOperation<T>> operation, Consumer<T> onSuccess,
            Consumer<VelocityException> onFailure);

    /** The editor's control: a parent for dialogs and an owner whose disposal drops late results. */
    Control owner();

    /** Tells the editor that a tab's {@link EditorTab#isDirty()} may have changed. */
    default void dirtyChanged() {
    }
}
