package velocity.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import velocity.ui.VelocityUi;

/**
 * Asks for the master password of the secure storage, where no OS keyring keeps its key. The first time it
 * creates it, so it asks twice and OK waits until both agree.
 */
final class MasterPasswordDialog extends TitleAreaDialog {

    /** Widget ids, for the UI tests. */
    static final String PASSWORD_ID = "masterPassword.password";
    static final String CONFIRM_ID = "masterPassword.confirm";

    private final boolean create;
    private final String problem;
    private Text password;
    private Text confirm;
    private char[] result;

    MasterPasswordDialog(Shell parent, boolean create, String problem) {
        super(parent);
        this.create = create;
        this.problem = problem;
    }

    /** The password given, or {@code null} when the dialog was cancelled. */
    char[] result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(create ? "Create Master Password" : "Master Password");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(create ? "Choose a master password" : "Enter the master password");
        String why = "No OS keyring answers, so saved passwords are encrypted with a master password. "
                + "It is asked for once per session and never stored.";
        if (problem != null) {
            setErrorMessage(problem + " Nothing was read or saved; try again or cancel.");
        } else {
            setMessage(create ? why + " It cannot be recovered: keep it safe." : why);
        }
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(body);
        password = field(body, create ? "New master password:" : "Master password:", PASSWORD_ID);
        if (create) {
            confirm = field(body, "Confirm:", CONFIRM_ID);
        }
        return area;
    }

    private Text field(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = VelocityUi.name(new Text(parent, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> validate());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        boolean empty = password.getText().isEmpty();
        boolean differ = create && !password.getText().equals(confirm.getText());
        getButton(IDialogConstants.OK_ID).setEnabled(!empty && !differ);
        if (create && !empty && differ && !confirm.getText().isEmpty()) {
            setErrorMessage("The two passwords differ.");
        } else if (problem == null || !empty) {
            setErrorMessage(null);
        }
    }

    @Override
    protected void okPressed() {
        result = password.getText().toCharArray();
        super.okPressed();
    }
}
