package velocity.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog that only shows something (a value, a definition): its one button is Close, the default, so Enter
 * and Escape both dismiss it. Subclasses fill the dialog area.
 */
public abstract class ReadOnlyDialog extends Dialog {

    /** @param parent the parent shell, or {@code null} */
    protected ReadOnlyDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }
}
