package velocity.ui.export.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import velocity.core.ConnectionSettings;
import velocity.core.export.ExporterDescriptor;
import velocity.core.metadata.TableRef;
import velocity.core.operations.ExportOperation;
import velocity.ui.OperationJob;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.editors.TableEditorInput;
import velocity.ui.grid.ResultGrid;

/**
 * Export Data: finds what to export (the table the parameters name, the table selected in a view, the
 * result an editor's grid shows, the table an editor shows), asks how in the {@link ExportDialog}, connects
 * when needed and runs the export in an {@link OperationJob}.
 */
public final class ExportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = shell(event);
        ExportSubject subject = subject(event);
        if (subject == null) {
            MessageDialog.openInformation(shell, "Export Data", "Select a table in the Database Navigator, open a "
                    + "table, or run a query in a SQL editor, then export it.");
            return null;
        }
        List<ExporterDescriptor> formats = VelocityUi.velocity().exporters().all();
        if (formats.isEmpty()) {
            MessageDialog.openInformation(shell, "Export Data", "No export format is installed.");
            return null;
        }
        ExportDialog dialog = new ExportDialog(shell, subject, formats);
        if (dialog.open() != Window.OK) {
            return null;
        }
        start(subject, dialog.choice());
        return null;
    }

    private static void start(ExportSubject subject, ExportDialog.Choice choice) {
        if (!subject.needsConnection(choice.rerun())) {
            schedule(new ExportOperation(null, subject.source(false), choice.format(), choice.options(),
                    choice.file(), choice.overwrite()));
            return;
        }
        VelocityUi.connections().connect(subject.connectionName(), null, connection -> schedule(
                new ExportOperation(connection, subject.source(choice.rerun()), choice.format(), choice.options(),
                        choice.file(), choice.overwrite())));
    }

    /**
     * Runs the export in a user job: the Progress view shows the rows written so far, cancelling the job
     * cancels the statement on the server (the file is then not written), and failures go to the
     * {@link velocity.ui.ErrorReporter}.
     */
    private static void schedule(ExportOperation export) {
        OperationJob<?> job = OperationJob.of(export).unitsDone("rows written");
        job.setUser(true);
        job.schedule();
    }

    private static ExportSubject subject(ExecutionEvent event) {
        String table = event.getParameter(VelocityCommands.TABLE);
        String connection = event.getParameter(VelocityCommands.CONNECTION);
        if (table != null && connection != null) {
            return ExportSubject.table(connection, new TableRef(event.getParameter(VelocityCommands.SCHEMA), table));
        }
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof IViewPart) {
            ExportSubject selected = selectedTable(HandlerUtil.getCurrentSelection(event));
            if (selected != null) {
                return selected;
            }
        }
        ResultGrid grid = part == null ? null : Adapters.adapt(part, ResultGrid.class);
        if (grid != null && !grid.control().isDisposed() && !grid.columns().isEmpty()) {
            return ExportSubject.grid(grid);
        }
        if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof TableEditorInput input) {
            return ExportSubject.table(input.connectionName(), input.table());
        }
        return null;
    }

    private static ExportSubject selectedTable(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return null;
        }
        Object element = structured.getFirstElement();
        TableRef table = Adapters.adapt(element, TableRef.class);
        ConnectionSettings settings = Adapters.adapt(element, ConnectionSettings.class);
        return table == null || settings == null ? null : ExportSubject.table(settings.name(), table);
    }

    private static Shell shell(ExecutionEvent event) {
        Shell active = HandlerUtil.getActiveShell(event);
        return active != null && !active.isDisposed() ? active
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }
}
