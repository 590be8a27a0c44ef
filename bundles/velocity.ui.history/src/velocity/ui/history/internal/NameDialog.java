package velocity.ui.history.internal;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import velocity.ui.VelocityUi;

/**
 * Asks for a name, a folder, or both (saving a favorite, renaming, moving, a new folder). Its fields and
 * buttons carry names ({@code history.dialog.name}, {@code .folder}, {@code .ok}, {@code .cancel}).
 */
final class NameDialog extends TitleAreaDialog {

    private final String title;
    private final String message;
    private final String initialName;
    private final List<String> folders;
    private final String initialFolder;
    private Text nameText;
    private Combo folderCombo;
    private String name;
    private String folder;

    /**
     * @param initialName the name to start from, or {@code null} for a dialog without a name field
     * @param folders the folders to offer, or {@code null} for a dialog without a folder field
     */
    NameDialog(Shell shell, String title, String message, String initialName, List<String> folders, String initialFolder) {
        super(shell);
        this.title = title;
        this.message = message;
        this.initialName = initialName;
        this.folders = folders;
        this.initialFolder = initialFolder == null ? "" : initialFolder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        if (initialName != null) {
            new Label(body, SWT.NONE).setText("&Name:");
            nameText = VelocityUi.name(new Text(body, SWT.BORDER), "history.dialog.name");
            nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            nameText.setText(initialName);
            nameText.selectAll();
            nameText.addModifyListener(e -> validate());
        }
        if (folders != null) {
            new Label(body, SWT.NONE).setText("&Folder:");
            folderCombo = VelocityUi.name(new Combo(body, SWT.DROP_DOWN), "history.dialog.folder");
            folderCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            folderCombo.setItems(folders.toArray(String[]::new));
            folderCombo.setText(initialFolder);
            folderCombo.setToolTipText("Leave empty for the top level; a new name makes a new folder");
        }
        return area;
    }

    @Override
    protected Button createButton(Composite parent, int id, String label, boolean defaultButton) {
        Button button = super.createButton(parent, id, label, defaultButton);
        VelocityUi.name(button, id == IDialogConstants.OK_ID ? "history.dialog.ok" : "history.dialog.cancel");
        return button;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(nameText == null || !nameText.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        name = nameText == null ? null : nameText.getText().strip();
        folder = folderCombo == null ? null : folderCombo.getText().strip();
        super.okPressed();
    }

    /** The name given, after OK. */
    String name() {
        return name;
    }

    /** The folder given ({@code ""} for the top level), after OK. */
    String folder() {
        return folder;
    }
}
