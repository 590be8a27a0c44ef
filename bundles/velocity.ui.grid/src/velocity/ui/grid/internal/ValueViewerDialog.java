package velocity.ui.grid.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import velocity.core.query.ResultColumn;
import velocity.ui.ReadOnlyDialog;
import velocity.ui.VelocityUi;

/** Shows one value in full, read-only: text as it is, binary as a hex dump, with its size. */
public final class ValueViewerDialog extends ReadOnlyDialog {

    private final ResultColumn column;
    private final Object value;

    public ValueViewerDialog(Shell parent, ResultColumn column, Object value) {
        super(parent);
        this.column = column;
        this.value = value;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Value of " + column.label());
        VelocityUi.name(shell, "grid.value");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label size = VelocityUi.name(new Label(area, SWT.NONE), "grid.value.size");
        size.setText(column.label() + " (" + column.typeName() + "): " + describeSize());
        // Text wraps so a long line reads without scrolling sideways; a hex dump keeps its columns.
        int wrap = value instanceof byte[] ? SWT.H_SCROLL : SWT.WRAP;
        Text text = VelocityUi.name(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | wrap),
                "grid.value.text");
        text.setFont(JFaceResources.getTextFont());
        text.setText(content());
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(text);
        return area;
    }

    @Override
    protected Point getInitialSize() {
        Point size = super.getInitialSize();
        return new Point(Math.min(size.x, 900), Math.min(size.y, 700));
    }

    private String content() {
        if (value == null) {
            return CellFormat.NULL_TEXT;
        }
        return value instanceof byte[] bytes ? HexDump.of(bytes) : CellFormat.full(value);
    }

    private String describeSize() {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return CellFormat.size(bytes.length, "byte");
        }
        return CellFormat.size(CellFormat.full(value).length(), "character");
    }
}
