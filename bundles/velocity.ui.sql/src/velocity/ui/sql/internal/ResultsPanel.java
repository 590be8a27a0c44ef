package velocity.ui.sql.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import velocity.core.VelocityException;
import velocity.ui.VelocityUi;
import velocity.ui.grid.ResultGrid;

/**
 * The lower half of the SQL editor: a one-line status (what ran, how many rows, how long), the messages of
 * an error or the server's warnings when there are any, and the grid of the first result set.
 */
final class ResultsPanel {

    private final Composite composite;
    private final Label status;
    private final Text messages;
    private final ResultGrid grid;
    private String prefix = "";
    private long millis;
    private boolean showingRows;

    ResultsPanel(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        composite.setLayout(layout);
        status = VelocityUi.name(new Label(composite, SWT.NONE), "sql.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Ctrl+Enter runs the statement under the caret, or the selection.");
        messages = VelocityUi.name(new Text(composite, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER),
                "sql.messages");
        GridData messagesData = new GridData(SWT.FILL, SWT.FILL, true, false);
        messagesData.heightHint = 48;
        messages.setLayoutData(messagesData);
        grid = new ResultGrid(composite, "sql.results");
        grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid.addListener(this::rowsChanged);
        showMessages(null);
    }

    ResultGrid grid() {
        return grid;
    }

    Composite control() {
        return composite;
    }

    void showRunning(String text) {
        showingRows = false;
        grid.clear();
        showMessages(null);
        status.setForeground(null);
        status.setText(text);
    }

    /** Shows a statement's outcome; the rows, if any, stream into the grid. */
    void showOutcome(String connectionName, RunStatementOperation.Outcome outcome) {
        millis = outcome.execution().executionMillis();
        StringBuilder counts = new StringBuilder();
        for (long count : outcome.updateCounts()) {
            counts.append("Updated ").append(rows(count)).append("; ");
        }
        prefix = counts.toString();
        showMessages(warnings(outcome.execution().warnings()));
        if (outcome.rows() != null) {
            showingRows = true;
            grid.showRows(connectionName, outcome.rows());
            rowsChanged();
        } else {
            String text = prefix.isEmpty() ? "Statement done" : prefix.substring(0, prefix.length() - 2);
            status.setText(text + " in " + millis + " ms");
        }
    }

    void showCancelled(long elapsedMillis) {
        showingRows = false;
        status.setForeground(null);
        status.setText("Cancelled after " + elapsedMillis + " ms.");
    }

    void showError(VelocityException error) {
        showingRows = false;
        status.setForeground(SqlColors.ERROR);
        status.setText("Error: " + firstLine(error.getMessage()));
        StringBuilder text = new StringBuilder(error.getMessage() == null ? error.toString() : error.getMessage());
        if (error.sqlState() != null) {
            text.append("\nSQLState ").append(error.sqlState());
            if (error.vendorCode() != 0) {
                text.append(", error code ").append(error.vendorCode());
            }
        }
        if (error.position() >= 0) {
            text.append("\nThe error is marked in the text at the caret.");
        }
        showMessages(text.toString());
    }

    void showNotice(String text) {
        status.setForeground(null);
        status.setText(text);
    }

    private void rowsChanged() {
        if (!showingRows || status.isDisposed()) {
            return;
        }
        String more = grid.isExhausted() ? "" : " (more available)";
        status.setForeground(null);
        status.setText(prefix + rows(grid.rowCount()) + " fetched" + more + " in " + millis + " ms");
    }

    private void showMessages(String text) {
        boolean show = text != null && !text.isEmpty();
        messages.setText(show ? text : "");
        ((GridData) messages.getLayoutData()).exclude = !show;
        messages.setVisible(show);
        composite.layout(true);
    }

    private static String warnings(List<String> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        return (warnings.size() == 1 ? "Warning: " : warnings.size() + " warnings:\n") + String.join("\n", warnings);
    }

    private static String rows(long count) {
        return count + (count == 1 ? " row" : " rows");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }
}
