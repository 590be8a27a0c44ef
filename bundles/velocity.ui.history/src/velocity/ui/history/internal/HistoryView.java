package velocity.ui.history.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import velocity.core.history.HistoryEntry;
import velocity.core.history.HistoryFilter;
import velocity.core.history.QueryHistory;
import velocity.core.operations.GetQueryHistoryOperation;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;
import velocity.ui.sql.SqlEditorAccess;

/**
 * The Query History view: the statements run from the workbench and the command line, newest first, with a
 * search box. It reloads when a statement is recorded in this workbench (and on Refresh, for the command
 * line's). Double-click opens a statement in a new SQL editor on its connection; Run Again also runs it.
 */
public final class HistoryView extends ViewPart {

    /** How many entries the view shows at most. */
    static final int LIMIT = 500;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final int SEARCH_DELAY_MILLIS = 250;

    private final Consumer<HistoryEntry> listener = entry -> {
        Display display = Display.getDefault();
        if (!display.isDisposed()) {
            display.asyncExec(this::refresh);
        }
    };
    private Text search;
    private Table table;
    private Label status;
    private Runnable pendingSearch;
    private int generation;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        search = VelocityUi.name(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER),
                "history.search");
        search.setMessage("Search the SQL and errors");
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addModifyListener(e -> searchSoon());
        button(parent, "Run Again", "history.runAgain", () -> open(true));
        button(parent, "Open", "history.open", () -> open(false));
        button(parent, "Copy", "history.copy", this::copy);
        button(parent, "Refresh", "history.refresh", this::refresh);

        table = VelocityUi.name(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI), "history.table");
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column("Time", 150, SWT.LEFT);
        column("Connection", 140, SWT.LEFT);
        column("Duration", 80, SWT.RIGHT);
        column("Rows", 70, SWT.RIGHT);
        column("Status", 200, SWT.LEFT);
        column("SQL", 600, SWT.LEFT);
        table.addListener(SWT.DefaultSelection, e -> open(false));
        table.addListener(SWT.Selection, e -> {
            HistoryEntry entry = selected();
            if (entry != null && !entry.succeeded()) {
                status.setText(oneLine(entry.error()));
            }
        });

        status = VelocityUi.name(new Label(parent, SWT.NONE), "history.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));

        VelocityUi.velocity().history().addListener(listener);
        refresh();
    }

    private void column(String title, int width, int align) {
        TableColumn column = new TableColumn(table, align);
        column.setText(title);
        column.setWidth(width);
    }

    private static void button(Composite parent, String label, String id, Runnable action) {
        Button button = VelocityUi.name(new Button(parent, SWT.PUSH), id);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void searchSoon() {
        Display display = search.getDisplay();
        if (pendingSearch != null) {
            display.timerExec(-1, pendingSearch);
        }
        pendingSearch = this::refresh;
        display.timerExec(SEARCH_DELAY_MILLIS, pendingSearch);
    }

    /** Reads the history again, with the search box's text. */
    public void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        int mine = ++generation;
        QueryHistory history = VelocityUi.velocity().history();
        OperationJob.of(new GetQueryHistoryOperation(history, HistoryFilter.all().withText(search.getText())
                .withLimit(LIMIT)))
                .owner(table)
                .onSuccess(entries -> {
                    // An older read that finishes last must not replace a newer one.
                    if (mine == generation) {
                        show(entries, history.takeWarnings(), history.isRecording());
                    }
                })
                .schedule();
    }

    private void show(List<HistoryEntry> entries, List<String> warnings, boolean recording) {
        // A statement recorded while the user picks one reloads the list: the pick must survive it.
        Set<HistoryEntry> selected = new HashSet<>();
        for (TableItem item : table.getSelection()) {
            selected.add((HistoryEntry) item.getData());
        }
        table.setRedraw(false);
        try {
            table.removeAll();
            List<TableItem> reselect = new ArrayList<>();
            for (HistoryEntry e : entries) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(e);
                if (selected.contains(e)) {
                    reselect.add(item);
                }
                item.setText(new String[] { TIME.format(e.time()), e.connection(), e.durationMillis() + " ms",
                        e.rowsText(), e.succeeded() ? "OK" : "Failed: " + oneLine(e.errorWithoutConnection()), oneLine(e.sql()) });
                if (!e.succeeded()) {
                    item.setForeground(4, table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
            table.setSelection(reselect.toArray(TableItem[]::new));
        } finally {
            table.setRedraw(true);
        }
        String summary = entries.size() + (entries.size() == 1 ? " statement" : " statements")
                + (entries.size() == LIMIT ? " (the newest " + LIMIT + ")" : "")
                + (recording ? "" : "; recording is off (" + QueryHistory.ENVIRONMENT_VARIABLE + "=off)");
        status.setText(warnings.isEmpty() ? summary : summary + ". " + warnings.get(0)
                + (warnings.size() > 1 ? " (and " + (warnings.size() - 1) + " more)" : ""));
        status.setToolTipText(String.join("\n", warnings));
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    private HistoryEntry selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? null : (HistoryEntry) selection[0].getData();
    }

    private void open(boolean run) {
        HistoryEntry entry = selected();
        if (entry == null) {
            status.setText("Select a statement first.");
            return;
        }
        ITextEditor editor = SqlEditorAccess.open(getSite().getPage(), savedOrNull(entry.connection()), entry.sql());
        if (editor != null && run) {
            SqlEditorAccess.runAll(editor);
        }
    }

    /** The connection if it is still saved; otherwise the user chooses, as for a new editor. */
    static String savedOrNull(String connection) {
        try {
            return connection != null && VelocityUi.velocity().connections().find(connection).isPresent() ? connection : null;
        } catch (velocity.core.VelocityException e) {
            return null;
        }
    }

    private void copy() {
        TableItem[] selection = table.getSelection();
        if (selection.length == 0) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (TableItem item : selection) {
            String sql = ((HistoryEntry) item.getData()).sql().strip();
            text.append(sql).append(sql.endsWith(";") || selection.length == 1 ? "" : ";").append(selection.length > 1 ? "\n" : "");
        }
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { text.toString() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }

    @Override
    public void dispose() {
        VelocityUi.velocity().history().removeListener(listener);
        super.dispose();
    }
}
