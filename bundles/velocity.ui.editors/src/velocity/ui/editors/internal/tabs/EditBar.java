package velocity.ui.editors.internal.tabs;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import velocity.ui.VelocityUi;

/**
 * The Data tab's editing bar above the grid: Add Row, Duplicate, Delete, Set NULL, Preview SQL, Apply and
 * Discard, the number of pending changes, and a line for what the user must know: why the rows are read-only,
 * why a value was refused, which change failed.
 */
final class EditBar {

    private final Composite bar;
    private final Button add;
    private final Button duplicate;
    private final Button delete;
    private final Button setNull;
    private final Button preview;
    private final Button apply;
    private final Button discard;
    private final Label pending;
    private final Label message;
    private String readOnlyReason;

    EditBar(Composite parent) {
        bar = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        add = button("&Add Row", "table.data.add", "Add a new row; its columns take their defaults until you type");
        duplicate = button("D&uplicate", "table.data.duplicate", "Add a copy of each selected row");
        delete = button("De&lete", "table.data.delete", "Delete the selected rows (Delete); again to keep them");
        setNull = button("Set &NULL", "table.data.setNull", "Set the current cell of the selected rows to NULL");
        preview = button("Pre&view SQL…", "table.data.preview", "Show the statements that Apply runs");
        apply = button("A&pply", "table.data.apply", "Apply every pending change in one transaction (Ctrl+S)");
        discard = button("Disc&ard", "table.data.discard", "Forget the pending changes and read the rows again");
        pending = VelocityUi.name(new Label(bar, SWT.NONE), "table.data.pending");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(pending);
        message = VelocityUi.name(new Label(parent, SWT.WRAP), "table.data.editMessage");
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);
    }

    private Button button(String text, String name, String tooltip) {
        Button button = VelocityUi.name(new Button(bar, SWT.PUSH), name);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.setEnabled(false);
        return button;
    }

    void connect(DataEditing editing, DataTab tab) {
        add.addListener(SWT.Selection, e -> editing.addRow());
        duplicate.addListener(SWT.Selection, e -> editing.duplicateSelected());
        delete.addListener(SWT.Selection, e -> editing.deleteSelected());
        setNull.addListener(SWT.Selection, e -> editing.setNull());
        preview.addListener(SWT.Selection, e -> new PreviewSqlDialog(bar.getShell(), editing.previewSql()).open());
        apply.addListener(SWT.Selection, e -> tab.save(() -> { }));
        discard.addListener(SWT.Selection, e -> tab.discard());
    }

    boolean isDisposed() {
        return bar.isDisposed();
    }

    /** Follows the editing state: what can be done now and how many changes wait. */
    void update(DataEditing editing) {
        boolean editable = editing.editable() && !editing.applying();
        int count = editing.pendingCount();
        for (Button b : new Button[] { add, duplicate, delete, setNull }) {
            b.setEnabled(editable);
        }
        preview.setEnabled(count > 0);
        apply.setEnabled(editable && count > 0);
        discard.setEnabled(editable && count > 0);
        pending.setText(editing.applying() ? "Applying…" : count == 0 ? "" : count == 1 ? "1 pending change"
                : count + " pending changes");
        readOnlyReason = editing.readOnlyReason() == null ? null : "Read-only: " + editing.readOnlyReason();
        if (readOnlyReason != null) {
            message(null);
        }
        bar.layout();
    }

    /** Shows a message above the grid; {@code null} shows the read-only reason, if any, or nothing. */
    void message(String text) {
        if (message.isDisposed()) {
            return;
        }
        String shown = text != null ? text : readOnlyReason == null ? "" : readOnlyReason;
        message.setText(shown);
        message.setVisible(!shown.isEmpty());
        ((GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).exclude(shown.isEmpty())))
                .applyTo(message);
        message.getParent().layout(true, true);
    }
}
