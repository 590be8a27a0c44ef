package velocity.ui.navigator;

import java.util.List;

import velocity.core.Monitor;
import velocity.core.VelocityException;

/**
 * Lists what a contributed navigator folder (or a non-leaf {@link NavigatorItem}) contains. The navigator
 * calls it in a job when the user expands the folder, and again on Refresh; it never runs on the UI thread,
 * so it may query the database, typically through
 * {@link velocity.core.ActiveConnection#withSession ActiveConnection.withSession} with the context's
 * connection. Implementations have a public no-argument constructor and must be thread-safe.
 */
@FunctionalInterface
public interface FolderContent {

    /**
     * The folder's items, in the order they are shown.
     *
     * @param context where the folder is
     * @param monitor progress and cancel; statements prepared through the session are cancelled with it
     * @throws VelocityException when the items cannot be read; the navigator reports it and shows the folder
     *             empty
     */
    List<NavigatorItem> children(NavigatorContext context, Monitor monitor) throws VelocityException;
}
