package velocity.ui.navigator.internal.wizard;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;

import velocity.core.ConnectionSettings;
import velocity.core.Velocity;
import velocity.core.operations.RenameConnectionOperation;
import velocity.core.operations.SaveConnectionOperation;
import velocity.core.operations.VelocityOperation;
import velocity.ui.Connections;
import velocity.ui.OperationJob;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.navigator.internal.NamedMessageDialog;

/**
 * Creates or edits a saved connection. Finish saves in a job and closes the wizard once it is saved; a
 * failure is reported and leaves the wizard open with what was typed.
 */
final class ConnectionWizard extends Wizard {

    private static final int RENAME = 0;
    private static final int KEEP_BOTH = 1;

    private final ConnectionSettings original;
    private ConnectionPage page;
    private boolean saving;

    ConnectionWizard(ConnectionSettings original) {
        this.original = original;
        setWindowTitle(original == null ? "New Connection" : "Edit Connection");
        setDefaultPageImageDescriptor(VelocityUi.imageDescriptor(VelocityImages.DATABASE));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ConnectionPage(original);
        addPage(page);
    }

    @Override
    public boolean canFinish() {
        return !saving && super.canFinish();
    }

    @Override
    public boolean performFinish() {
        ConnectionSettings settings = page.settings();
        String replaced = null;
        if (original != null && !original.name().equals(settings.name())) {
            int choice = NamedMessageDialog.ask(getShell(), "Rename Connection", "The connection '" + original.name()
                    + "' is saved as '" + settings.name() + "'. Rename it, or keep both?", MessageDialog.QUESTION,
                    "Rename", "wizard.rename.rename", "Keep Both", "wizard.rename.keepBoth", "Cancel",
                    "wizard.rename.cancel");
            if (choice != RENAME && choice != KEEP_BOTH) {
                return false;
            }
            replaced = choice == RENAME ? original.name() : null;
        }
        String removed = replaced;
        ConnectionWizardDialog dialog = (ConnectionWizardDialog) getContainer();
        saving = true;
        dialog.busy(true);
        Connections connections = VelocityUi.connections();
        Velocity velocity = VelocityUi.velocity();
        VelocityOperation<ConnectionSettings> save = replaced == null
                ? new SaveConnectionOperation(velocity.connections(), settings, page.password())
                : new RenameConnectionOperation(velocity, replaced, settings, page.password());
        OperationJob.of(save)
                .owner(getShell())
                .onSuccess(saved -> {
                    if (original != null) {
                        connections.forgetPassword(original.name());
                        if (connections.isConnected(original.name())) {
                            connections.disconnect(original.name());
                        }
                    }
                    connections.fire(saved.name(), Connections.Change.SAVED);
                    if (removed != null) {
                        connections.fire(removed, Connections.Change.DELETED);
                    }
                    dialog.finished();
                })
                .onFailure(e -> {
                    saving = false;
                    dialog.busy(false);
                })
                .schedule();
        return false;
    }
}
