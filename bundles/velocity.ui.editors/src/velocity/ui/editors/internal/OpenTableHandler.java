package velocity.ui.editors.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import velocity.core.metadata.TableRef;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.editors.TableEditorInput;

/**
 * Handles {@link VelocityCommands#OPEN_TABLE}: connects when needed (in a job, asking for a missing
 * password), then opens the table's editor, or brings it to the front when it is open already.
 */
public final class OpenTableHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String connection = event.getParameter(VelocityCommands.CONNECTION);
        String table = event.getParameter(VelocityCommands.TABLE);
        if (connection == null || table == null) {
            throw new ExecutionException("Open Table needs a connection and a table.");
        }
        TableEditorInput input = new TableEditorInput(connection, new TableRef(event.getParameter(VelocityCommands.SCHEMA),
                table));
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        VelocityUi.connections().connect(connection, window.getShell(), ready -> open(window, input));
        return null;
    }

    private static void open(IWorkbenchWindow window, TableEditorInput input) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            page.openEditor(input, TableEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            ErrorReporter.report("Opening " + input.table() + " on '" + input.connectionName()
                    + "'; try again or reopen the connection", e);
        }
    }
}
