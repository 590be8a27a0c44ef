package velocity.ui.history.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import velocity.ui.VelocityUi;

/** Questions the views ask, with named buttons ({@code history.confirm.ok}, {@code .cancel}). */
final class Dialogs {

    private Dialogs() {
    }

    /** Asks a yes-or-no question whose yes is {@code action}. */
    static boolean confirm(Shell shell, String title, String question, String action) {
        MessageDialog dialog = new MessageDialog(shell, title, null, question, MessageDialog.QUESTION, 0, action,
                IDialogConstants.CANCEL_LABEL) {
            @Override
            protected Button createButton(Composite parent, int id, String label, boolean defaultButton) {
                Button button = super.createButton(parent, id, label, defaultButton);
                return VelocityUi.name(button, id == 0 ? "history.confirm.ok" : "history.confirm.cancel");
            }
        };
        return dialog.open() == 0;
    }
}
