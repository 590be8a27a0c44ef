package velocity.ui.sql.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import velocity.core.ConnectionSettings;
import velocity.core.VelocityException;
import velocity.ui.Connections;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;

/**
 * The bar above the SQL text: the bound connection, Run, Run Script, whether a script stops at its first
 * error, and Cancel. Follows the saved connections.
 */
final class EditorToolbar {

    private final Composite composite;
    private final Combo connection;
    private final Button run;
    private final Button runScript;
    private final Button stopOnError;
    private final Button cancel;
    private final Connections.Listener listener = this::connectionsChanged;
    private String selected;

    EditorToolbar(Composite parent, Consumer<String> onConnection, Runnable onRun, Runnable onRunScript,
            Runnable onCancel) {
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(6, false);
        layout.marginHeight = 2;
        layout.marginWidth = 4;
        composite.setLayout(layout);
        new Label(composite, SWT.NONE).setText("Connection:");
        connection = VelocityUi.name(new Combo(composite, SWT.READ_ONLY | SWT.DROP_DOWN), "sql.connection");
        connection.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        connection.setToolTipText("The saved connection this script runs on");
        connection.addListener(SWT.Selection, e -> {
            int index = connection.getSelectionIndex();
            if (index >= 0 && !connection.getItem(index).equals(selected)) {
                selected = connection.getItem(index);
                onConnection.accept(selected);
            }
        });
        run = button("sql.run", "Run", VelocityImages.RUN, "Run the statement under the caret, or the selection (Ctrl+Enter)");
        run.addListener(SWT.Selection, e -> onRun.run());
        runScript = button("sql.runScript", "Run Script", VelocityImages.RUN,
                "Run every statement of the script, or of the selection, each into a tab of its own (Ctrl+Alt+Enter)");
        runScript.addListener(SWT.Selection, e -> onRunScript.run());
        stopOnError = VelocityUi.name(new Button(composite, SWT.CHECK), "sql.stopOnError");
        stopOnError.setText("Stop on error");
        stopOnError.setToolTipText("Stop a script at its first failed statement; unchecked, the statements after it run too");
        stopOnError.setSelection(true);
        cancel = button("sql.cancel", "Cancel", VelocityImages.CANCEL, "Cancel the running statement (Esc)");
        cancel.addListener(SWT.Selection, e -> onCancel.run());
        cancel.setEnabled(false);
        VelocityUi.connections().addListener(listener);
        composite.addDisposeListener(e -> VelocityUi.connections().removeListener(listener));
    }

    Composite control() {
        return composite;
    }

    /** Shows the bound connection, reloading the saved ones. */
    void select(String name) {
        selected = name;
        reload();
    }

    void setBusy(boolean busy) {
        if (!cancel.isDisposed()) {
            cancel.setEnabled(busy);
            run.setEnabled(!busy);
            runScript.setEnabled(!busy);
        }
    }

    /** Whether a script stops at its first failed statement. */
    boolean stopOnError() {
        return stopOnError.getSelection();
    }

    private Button button(String id, String text, String image, String tooltip) {
        Button button = VelocityUi.name(new Button(composite, SWT.PUSH), id);
        button.setText(text);
        button.setImage(VelocityUi.image(image));
        button.setToolTipText(tooltip);
        return button;
    }

    private void connectionsChanged(String name, Connections.Change change) {
        if (!connection.isDisposed() && (change == Connections.Change.SAVED || change == Connections.Change.DELETED)) {
            reload();
        }
    }

    private void reload() {
        List<String> names;
        try {
            names = VelocityUi.connections().saved().stream().map(ConnectionSettings::name).toList();
        } catch (VelocityException e) {
            ErrorReporter.report("Listing the saved connections", e);
            names = List.of();
        }
        connection.setItems(names.toArray(String[]::new));
        if (selected != null && !names.contains(selected)) {
            // A connection deleted or renamed since: keep showing it, running will say what to do.
            connection.add(selected, 0);
        }
        if (selected != null) {
            connection.select(connection.indexOf(selected));
        }
        composite.layout(true);
    }
}
