package velocity.ui.search.internal;

import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import velocity.core.metadata.FunctionInfo;
import velocity.core.search.SearchEntry;
import velocity.ui.ReadOnlyDialog;
import velocity.ui.VelocityUi;

/** A read-only view of a stored function or procedure: what the catalog says of it. */
final class FunctionDialog extends ReadOnlyDialog {

    private final SearchEntry entry;

    FunctionDialog(Shell parent, SearchEntry entry) {
        super(parent);
        this.entry = entry;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(entry.function().kind().name().charAt(0)
                + entry.function().kind().name().substring(1).toLowerCase(Locale.ROOT) + " " + entry.name());
        shell.setImage(ResultLabelProvider.icon(entry.kind()));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        FunctionInfo f = entry.function();
        row(area, "Connection", entry.connection(), "function.connection");
        row(area, "Schema", f.schema(), "function.schema");
        row(area, "Signature", f.signature(), "function.signature");
        row(area, "Returns", f.returnType() == null ? "nothing (a procedure)" : f.returnType(), "function.returns");
        row(area, "Language", f.language() == null ? "not given by the database" : f.language(), "function.language");
        row(area, "Comment", f.comment() == null ? "" : f.comment(), "function.comment");
        Label label = new Label(area, SWT.NONE);
        label.setText("Definition");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        Text definition = VelocityUi.name(new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.H_SCROLL
                | SWT.V_SCROLL), "function.definition");
        definition.setFont(JFaceResources.getTextFont());
        definition.setText(definition(f));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(560, 180).applyTo(definition);
        return area;
    }

    /**
     * The text of the Definition box: the routine's header as the catalog lists it. Its source, where the
     * database gives it, belongs here.
     */
    private static String definition(FunctionInfo f) {
        StringBuilder b = new StringBuilder(f.kind().name()).append(' ');
        if (f.schema() != null) {
            b.append(f.schema()).append('.');
        }
        b.append(f.signature());
        if (f.returnType() != null) {
            b.append("\nRETURNS ").append(f.returnType());
        }
        if (f.language() != null) {
            b.append("\nLANGUAGE ").append(f.language());
        }
        return b.toString();
    }

    private static void row(Composite area, String name, String value, String id) {
        new Label(area, SWT.NONE).setText(name);
        Text text = VelocityUi.name(new Text(area, SWT.READ_ONLY | SWT.SINGLE), id);
        text.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
    }
}
