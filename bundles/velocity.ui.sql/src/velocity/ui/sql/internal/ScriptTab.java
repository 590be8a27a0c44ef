package velocity.ui.sql.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import velocity.core.VelocityException;
import velocity.core.query.ResultColumn;
import velocity.core.query.ScriptStatement;
import velocity.core.query.StatementOutcome;
import velocity.ui.VelocityUi;
import velocity.ui.grid.ResultGrid;

/**
 * The tab of one statement of a script: its status (rows, update count, time, or the error), the error's
 * details, and a grid with the first page of its rows. Widgets are named {@code sql.script.N...}, N counting
 * from 1.
 */
final class ScriptTab {

    /** The rows of a result shown in a script's tab; the rest of a longer result is not read. */
    static final int ROWS_SHOWN = ResultGrid.PAGE_SIZE;

    private final CTabItem item;
    private final Label status;
    private final Text messages;
    private final ResultGrid grid;
    private final String number;

    ScriptTab(CTabFolder folder, ScriptStatement statement, int index) {
        number = String.valueOf(index + 1);
        String name = "sql.script." + number;
        item = new CTabItem(folder, SWT.NONE);
        item.setText(number + ": " + title(statement.text()));
        item.setToolTipText("Line " + statement.line() + ": " + statement.text());
        VelocityUi.name(item, name + ".tab");
        Composite composite = new Composite(folder, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        composite.setLayout(layout);
        status = VelocityUi.name(new Label(composite, SWT.NONE), name + ".status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText("Running...");
        messages = VelocityUi.name(new Text(composite, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER),
                name + ".messages");
        GridData messagesData = new GridData(SWT.FILL, SWT.FILL, true, false);
        messagesData.heightHint = 48;
        messagesData.exclude = true;
        messages.setLayoutData(messagesData);
        messages.setVisible(false);
        grid = new ResultGrid(composite, name);
        grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        item.setControl(composite);
    }

    CTabItem item() {
        return item;
    }

    /** The first rows of a result of the statement. */
    void showRows(List<ResultColumn> columns, List<Object[]> rows) {
        grid.showRows(columns, rows);
    }

    /** Shows what the statement did. */
    void finish(StatementOutcome outcome) {
        if (item.isDisposed()) {
            return;
        }
        if (outcome.failed()) {
            showError(outcome);
            return;
        }
        StringBuilder text = new StringBuilder();
        if (outcome.updateCount() >= 0) {
            text.append("Updated ").append(rows(outcome.updateCount())).append("; ");
        }
        if (outcome.rowsFetched() >= 0) {
            text.append(rows(outcome.rowsFetched())).append(outcome.allRowsRead() ? "" : " shown, more not read: "
                    + "run the statement alone (Ctrl+Enter) to page through all").append("; ");
        }
        String done = text.isEmpty() ? "Statement done; " : text.toString();
        status.setText(done.substring(0, done.length() - 2) + " in " + outcome.elapsedMillis() + " ms");
    }

    private void showError(StatementOutcome outcome) {
        VelocityException error = outcome.error();
        if (outcome.cancelled()) {
            status.setText("Cancelled after " + outcome.elapsedMillis() + " ms.");
            return;
        }
        status.setForeground(SqlColors.ERROR);
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        int eol = message.indexOf('\n');
        status.setText("Error: " + (eol < 0 ? message : message.substring(0, eol)));
        StringBuilder details = new StringBuilder(message);
        if (error.sqlState() != null) {
            details.append("\nSQLState ").append(error.sqlState());
            if (error.vendorCode() != 0) {
                details.append(", error code ").append(error.vendorCode());
            }
        }
        details.append("\nLine ").append(outcome.errorLine()).append(" of the script")
                .append(outcome.errorOffset() >= 0 ? ", marked in the text." : ".");
        messages.setText(details.toString());
        ((GridData) messages.getLayoutData()).exclude = false;
        messages.setVisible(true);
        messages.getParent().layout(true);
        item.setText(number + ": failed");
    }

    void dispose() {
        if (!item.isDisposed()) {
            item.getControl().dispose();
            item.dispose();
        }
    }

    private static String title(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 24 ? oneLine : oneLine.substring(0, 23) + "\u2026";
    }

    private static String rows(long count) {
        return count + (count == 1 ? " row" : " rows");
    }
}
