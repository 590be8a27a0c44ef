package velocity.ui.editors.internal.tabs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import velocity.ui.VelocityUi;

/**
 * The statements that applying would run, values written as literals, in a read-only text to select and copy;
 * Copy puts all of it on the clipboard. The text is named {@code table.data.previewText}.
 */
final class PreviewSqlDialog extends Dialog {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final String sql;

    PreviewSqlDialog(Shell parent, String sql) {
        super(parent);
        this.sql = sql;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Preview SQL");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Text text = VelocityUi.name(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL),
                "table.data.previewText");
        Font mono = JFaceResources.getTextFont();
        text.setFont(mono);
        text.setText(sql);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 260).applyTo(text);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        VelocityUi.name(createButton(parent, COPY_ID, "&Copy", false), "table.data.previewCopy");
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { sql }, new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
        } else {
            close();
        }
    }
}
