package velocity.ui.sql.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import velocity.ui.VelocityUi;

/** Asks which saved connection a new script runs on. */
final class ConnectionChooser extends Dialog {

    private final List<String> names;
    private org.eclipse.swt.widgets.List list;
    private String chosen;

    ConnectionChooser(Shell parent, List<String> names) {
        super(parent);
        this.names = names;
    }

    /** The chosen connection, or {@code null} when the user cancelled. */
    String choose() {
        return open() == OK ? chosen : null;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("New SQL Editor");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.NONE).setText("Run the new script on:");
        list = VelocityUi.name(new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL),
                "sql.chooser.list");
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 160;
        data.widthHint = 280;
        list.setLayoutData(data);
        names.forEach(list::add);
        list.select(0);
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        VelocityUi.name(createButton(parent, IDialogConstants.OK_ID, "Open", true), "sql.chooser.ok");
        VelocityUi.name(createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false),
                "sql.chooser.cancel");
    }

    @Override
    protected void okPressed() {
        int index = list.getSelectionIndex();
        chosen = index < 0 ? null : names.get(index);
        super.okPressed();
    }
}
