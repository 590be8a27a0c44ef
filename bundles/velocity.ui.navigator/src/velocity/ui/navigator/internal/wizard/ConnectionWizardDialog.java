package velocity.ui.navigator.internal.wizard;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import velocity.core.ConnectionSettings;
import velocity.ui.VelocityUi;

/** The wizard's dialog, with named Finish and Cancel buttons. */
public final class ConnectionWizardDialog extends WizardDialog {

    private ConnectionWizardDialog(Shell parent, ConnectionWizard wizard) {
        super(parent, wizard);
    }

    /** Opens the wizard for a new connection, or to edit {@code original} when it is given. */
    public static void open(Shell parent, ConnectionSettings original) {
        ConnectionWizardDialog dialog = new ConnectionWizardDialog(parent, new ConnectionWizard(original));
        dialog.open();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        VelocityUi.name(getButton(IDialogConstants.FINISH_ID), "wizard.finish");
        VelocityUi.name(getButton(IDialogConstants.CANCEL_ID), "wizard.cancel");
    }

    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(Math.max(size.x, 640), size.y);
    }

    /** Ends the dialog once the wizard's save job is done. */
    void finished() {
        setReturnCode(OK);
        close();
    }

    /** Locks the buttons while the wizard saves. */
    void busy(boolean busy) {
        getButton(IDialogConstants.FINISH_ID).setEnabled(!busy);
        getButton(IDialogConstants.CANCEL_ID).setEnabled(!busy);
    }
}
