package velocity.ui.navigator.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import velocity.ui.OperationJob;
import velocity.ui.ReadOnlyDialog;
import velocity.ui.VelocityUi;

/**
 * A view's definition or a routine's source, read-only, in the editor font. It does not block the workbench, so
 * several can stay open beside the navigator; the text can be selected and copied.
 */
public final class SourceDialog extends ReadOnlyDialog {

    /** Widget id of the text, for the UI tests. */
    public static final String TEXT_ID = "navigator.source";

    private final String title;
    private final String text;

    SourceDialog(Shell parent, String title, String text) {
        super(parent);
        this.title = title;
        this.text = text;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        StyledText styled = VelocityUi.name(new StyledText(area,
                SWT.MULTI | SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL), TEXT_ID);
        styled.setFont(JFaceResources.getTextFont());
        styled.setText(text);
        styled.setEditable(false);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(styled);
        return area;
    }

    /**
     * Reads a node's text on its connection (connecting first when needed) in a job, then shows it.
     *
     * @param owner the control whose disposal drops the outcome, or {@code null}
     */
    public static void read(Node node, SourceNode source, Shell shell, Control owner) {
        VelocityUi.connections().connect(node.connectionNode().name(), owner,
                connection -> OperationJob.of(source.readSource(connection)).owner(owner)
                        .onSuccess(text -> show(shell, source.sourceTitle(), text)).schedule());
    }

    /** Opens the dialog; {@code text} {@code null} says that the database gives none. */
    static void show(Shell parent, String title, String text) {
        new SourceDialog(parent, title, text != null ? text.strip()
                : "-- The database gives no source text for this object (an aggregate, or a privilege is missing).")
                .open();
    }
}
