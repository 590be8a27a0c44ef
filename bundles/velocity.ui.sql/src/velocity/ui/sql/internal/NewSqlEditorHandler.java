package velocity.ui.sql.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.VelocityException;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.sql.SqlEditors;

/**
 * Opens a new script, empty or with the command's SQL. Its connection is the command's parameter, else the
 * connection selected in the navigator, else the only saved connection, else the user's choice; with no saved
 * connection at all the editor opens unbound and its bar offers the connections saved later.
 */
public final class NewSqlEditorHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        String name = event.getParameter(VelocityCommands.CONNECTION);
        if (name == null) {
            name = fromSelection(HandlerUtil.getCurrentSelection(event));
        }
        if (name == null) {
            List<String> saved = savedNames();
            if (saved.size() == 1) {
                name = saved.get(0);
            } else if (saved.size() > 1) {
                name = new ConnectionChooser(window.getShell(), saved).choose();
                if (name == null) {
                    return null;
                }
            }
        }
        open(window.getActivePage(), name, event.getParameter(VelocityCommands.SQL));
        return null;
    }

    private static void open(IWorkbenchPage page, String connectionName, String sql) {
        try {
            Path script = ScriptStore.create(connectionName);
            if (sql != null) {
                ScriptStore.write(script, sql);
            }
            page.openEditor(new ScriptEditorInput(script), SqlEditors.EDITOR_ID);
        } catch (IOException | PartInitException e) {
            ErrorReporter.report("Opening a new SQL editor" + (connectionName == null ? "" : " on '" + connectionName + "'")
                    + " (check that the workspace's scripts folder is writable)", e);
        }
    }

    private static String fromSelection(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
            return null;
        }
        Object element = structured.getFirstElement();
        ConnectionSettings settings = Adapters.adapt(element, ConnectionSettings.class);
        if (settings != null) {
            return settings.name();
        }
        ActiveConnection active = Adapters.adapt(element, ActiveConnection.class);
        return active != null ? active.name() : null;
    }

    private static List<String> savedNames() {
        try {
            return VelocityUi.connections().saved().stream().map(ConnectionSettings::name).toList();
        } catch (VelocityException e) {
            ErrorReporter.report("Listing the saved connections for a new SQL editor", e);
            return List.of();
        }
    }
}
