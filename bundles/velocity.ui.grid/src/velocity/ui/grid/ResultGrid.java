package velocity.ui.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.swt.IFocusService;

import velocity.core.ErrorKind;
import velocity.core.query.ResultColumn;
import velocity.core.query.RowPage;
import velocity.core.query.StatementResult;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;
import velocity.ui.grid.internal.CellEditing;
import velocity.ui.grid.internal.CellFormat;
import velocity.ui.grid.internal.FetchOperation;
import velocity.ui.grid.internal.GridActions;
import velocity.ui.grid.internal.GridColumns;
import velocity.ui.grid.internal.ValueOrder;

/**
 * A result grid over an SWT.VIRTUAL Table (SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL), with a status line
 * below it. It shows a streaming result a page at a time or a fixed set of rows, shows NULL in grey italics,
 * abbreviates long text and binary values, sorts the loaded rows when a column header is clicked, copies
 * cells and rows as TSV (Ctrl+C, the context menu) and shows a cell's full value on double-click.
 * <p>
 * All methods are called on the UI thread. Widget names: {@code name + ".table"} for the table and
 * {@code name + ".status"} for the status line.
 */
public final class ResultGrid {

    /** How many rows each fetch of a streaming result reads. */
    public static final int PAGE_SIZE = 200;

    /** The default row cap of a streaming result. */
    public static final int DEFAULT_ROW_CAP = 100_000;

    /** The focus-tracker id of every grid's table, which activates the grid's copy handlers. */
    private static final String FOCUS_ID = "velocity.ui.grid.table";

    /** How close to the last loaded row the user scrolls before the next page is fetched. */
    private static final int PREFETCH_DISTANCE = 50;

    private final Composite composite;
    private final Table table;
    private final Label status;
    private final Font nullFont;
    private final Color nullColor;
    private final GridColumns gridColumns;
    private final GridActions actions;
    private final CellEditing editing;
    private RowEditor rowEditor;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private List<ResultColumn> columns = List.of();
    private final List<Object[]> loaded = new ArrayList<>();
    private List<Object[]> shown = loaded;
    private String connectionName;
    private String query;
    private StatementResult.Rows rows;
    private OperationJob<RowPage> job;
    private int generation;
    private int rowCap = DEFAULT_ROW_CAP;
    private boolean exhausted = true;
    private boolean capReached;
    private boolean stopped;
    private String failure;
    private int sortColumn = -1;
    private boolean ascending;

    private IntPredicate headerSort;

    /**
     * Creates the grid.
     *
     * @param parent the parent composite
     * @param name the widget name prefix; the table is named {@code name + ".table"}
     */
    public ResultGrid(Composite parent, String name) {
        composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(composite);
        table = VelocityUi.name(new Table(composite, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.BORDER),
                name + ".table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        status = VelocityUi.name(new Label(composite, SWT.NONE), name + ".status");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 0).applyTo(status);

        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(d.getStyle() | SWT.ITALIC);
        }
        nullFont = new Font(table.getDisplay(), data);
        nullColor = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        gridColumns = new GridColumns(table, this::headerClicked);
        actions = new GridActions(this, gridColumns, name);
        editing = new CellEditing(this, actions, gridColumns, name);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
        table.setData(ResultGrid.class.getName(), this);
        IFocusService focus = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getService(IFocusService.class)
                : null;
        if (focus != null) {
            // Makes the grid's Edit > Copy handler active while the table has the focus (see plugin.xml).
            focus.addFocusTracker(table, FOCUS_ID);
        }
        table.addListener(SWT.Dispose, e -> {
            cancelFetch();
            if (focus != null) {
                focus.removeFocusTracker(table);
            }
            nullFont.dispose();
            editing.dispose();
        });
        updateStatus();
    }

    /** The grid's top control, to lay out in the parent. */
    public Control control() {
        return composite;
    }

    /** The table that shows the rows. */
    public Table table() {
        return table;
    }

    /**
     * Streams a result: fetches the first page and then the next pages ({@value #PAGE_SIZE} rows each) in jobs
     * as the user scrolls near the end. The whole result is never in memory: loading stops at the row cap
     * ({@value #DEFAULT_ROW_CAP} unless {@link #setRowCap(int) set}) and the status line says so. The grid
     * uses the rows only to fetch; closing their QueryExecution stays the caller's job (cancel the fetch
     * first with {@link #cancelFetch()}).
     *
     * @param connectionName the connection the result comes from, for progress and error messages
     */
    public void showRows(String connectionName, StatementResult.Rows rows) {
        reset(rows.columns());
        this.connectionName = connectionName;
        this.rows = rows;
        this.exhausted = rows.exhausted();
        fetchMore();
        changed();
    }

    /** Shows a fixed set of rows (e.g. one page of a table editor); nothing more is fetched. */
    public void showRows(List<ResultColumn> columns, List<Object[]> rows) {
        reset(columns);
        loaded.addAll(rows);
        table.setItemCount(loaded.size());
        gridColumns.fitWidths(columns, loaded);
        updateStatus();
        changed();
    }

    /**
     * Lets the grid's owner sort when a column's header is clicked, e.g. on the server when the rows shown are
     * one page of many. The handler gets the result column's index and returns whether it took the click;
     * when it did not, the loaded rows are sorted here as usual.
     */
    public void setHeaderSort(IntPredicate handler) {
        headerSort = handler;
    }

    /** Marks a result column as the one the rows are sorted by ({@code -1}: none), without sorting them here. */
    public void showSortIndicator(int column, boolean ascending) {
        gridColumns.showSort(column, ascending);
    }

    private void headerClicked(int column) {
        if (headerSort == null || !headerSort.test(column)) {
            sortBy(column);
        }
    }

    /** Removes the columns and rows and stops fetching. */
    public void clear() {
        reset(List.of());
        changed();
    }

    /** How many rows are loaded so far. */
    public int rowCount() {
        return loaded.size();
    }

    /** Whether a streaming result was read to its end; always {@code true} for fixed rows. */
    public boolean isExhausted() {
        return exhausted;
    }

    /** Whether a page is being fetched. */
    public boolean isFetching() {
        return job != null;
    }

    /**
     * The text of a cell as displayed: "NULL" for SQL NULL, the first line of long text cut at
     * {@value CellFormat#MAX_CELL_CHARS} characters with "…", binary as a short hex preview with its size.
     *
     * @param row the row in display order (after sorting)
     * @param column the result column
     */
    public String cellText(int row, int column) {
        return CellFormat.cell(value(row, column));
    }

    /** The value of a cell, in display order; {@code null} for SQL NULL. */
    public Object value(int row, int column) {
        return shown.get(row)[column];
    }

    /** The row at a display index: the grid's own array, the same object whatever the sort order. */
    public Object[] row(int index) {
        return shown.get(index);
    }

    /** Makes cells editable in place, or read-only again with {@code null}. */
    public void setRowEditor(RowEditor editor) {
        editing.cancel();
        rowEditor = editor;
        table.clearAll();
    }

    /** The row editor, or {@code null} when the grid is read-only. */
    public RowEditor rowEditor() {
        return rowEditor;
    }

    /** Opens the cell editor on a cell (display index, result column) as a double-click does; false if not allowed. */
    public boolean editCell(int index, int column) {
        return editing.edit(index, column, null);
    }

    /** The result column of the current cell: the one last clicked in the selected row. */
    public int currentColumn() {
        return actions.cellColumn();
    }

    /** Adds a fixed row at the end and selects it. */
    public void addRow(Object[] row) {
        loaded.add(row);
        if (shown != loaded) {
            shown.add(row);
        }
        table.setItemCount(shown.size());
        table.setSelection(shown.size() - 1);
        table.showSelection();
        updateStatus();
        changed();
    }

    /** Removes a row given by its array. */
    public void removeRow(Object[] row) {
        editing.cancel();
        loaded.removeIf(r -> r == row);
        if (shown != loaded) {
            shown.removeIf(r -> r == row);
        }
        table.setItemCount(shown.size());
        table.clearAll();
        updateStatus();
        changed();
    }

    /** Draws the rows again, after their values or their marks changed. */
    public void refreshRows() {
        table.clearAll();
    }

    /** The rows in display order, from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Object[]> rows(int from, int to) {
        return Collections.unmodifiableList(shown.subList(from, to));
    }

    /** The result's columns. */
    public List<ResultColumn> columns() {
        return columns;
    }

    /** The connection a streaming result comes from, or {@code null} for fixed rows. */
    public String connectionName() {
        return connectionName;
    }

    /** The SQL the shown result comes from, when its owner said (to run it again, e.g. for an export), else {@code null}. */
    public String query() {
        return query;
    }

    /** Records the SQL the shown result comes from; cleared when other rows are shown. */
    public void setQuery(String sql) {
        this.query = sql;
    }

    /** The status line's text, e.g. "450 rows" or "200 rows loaded; scroll down for more". */
    public String statusText() {
        return status.getText();
    }

    /** Called on the UI thread when rows were added, sorted or cleared. */
    public void addListener(Runnable onChange) {
        listeners.add(onChange);
    }

    /** Stops calling a listener added with {@link #addListener(Runnable)}. */
    public void removeListener(Runnable onChange) {
        listeners.remove(onChange);
    }

    /** How many rows of a streaming result are loaded at most; applies to the next fetches. */
    public void setRowCap(int maxRows) {
        if (maxRows <= 0) {
            throw new IllegalArgumentException("The row cap must be positive: " + maxRows);
        }
        rowCap = maxRows;
    }

    /**
     * Cancels a running fetch job and fetches no more pages of this result, so that its owner may close it.
     * A page the driver is already reading still arrives and is shown.
     */
    public void cancelFetch() {
        if (job != null) {
            job.cancel();
        }
        if (rows != null && !exhausted && !stopped) {
            stopped = true;
            updateStatus();
        }
    }

    /**
     * Copies the selected rows to the clipboard as tab-separated text, values in full, NULL as an empty
     * field; what Ctrl+C does in the table.
     */
    public void copySelection(boolean withHeader) {
        actions.copyRows(withHeader);
    }

    /** Shows or hides a first column with row numbers. */
    public void setRowNumbers(boolean show) {
        gridColumns.setRowNumbers(show, shown);
        gridColumns.showSort(sortColumn, ascending);
        table.clearAll();
    }

    /**
     * Sorts the loaded rows by a column, client-side: ascending, then descending, then back to the result's
     * order. While sorted no further pages are fetched, since they would not be in order.
     */
    public void sortBy(int column) {
        editing.cancel();
        if (column != sortColumn) {
            sortColumn = column;
            ascending = true;
        } else if (ascending) {
            ascending = false;
        } else {
            sortColumn = -1;
        }
        if (sortColumn < 0) {
            shown = loaded;
        } else {
            List<Object[]> sorted = new ArrayList<>(loaded);
            sorted.sort(ValueOrder.rows(sortColumn, ascending));
            shown = sorted;
        }
        gridColumns.showSort(sortColumn, ascending);
        table.deselectAll();
        table.clearAll();
        updateStatus();
        changed();
        if (sortColumn < 0) {
            fetchIfNearEnd(table.getTopIndex() + visibleRows());
        }
    }

    private void reset(List<ResultColumn> newColumns) {
        editing.cancel();
        generation++;
        if (job != null) {
            job.cancel();
            job = null;
        }
        rows = null;
        connectionName = null;
        query = null;
        exhausted = true;
        capReached = false;
        stopped = false;
        failure = null;
        sortColumn = -1;
        loaded.clear();
        shown = loaded;
        table.setItemCount(0);
        table.clearAll();
        columns = List.copyOf(newColumns);
        gridColumns.rebuild(columns);
        updateStatus();
    }

    private void fetchMore() {
        if (rows == null || job != null || exhausted || capReached || stopped || failure != null) {
            return;
        }
        int want = Math.min(PAGE_SIZE, rowCap - loaded.size());
        if (want <= 0) {
            capReached = true;
            updateStatus();
            return;
        }
        int fetchGeneration = generation;
        boolean first = loaded.isEmpty();
        job = OperationJob.of(new FetchOperation(connectionName, rows, want)).owner(table);
        job.onSuccess(page -> {
            if (fetchGeneration == generation) {
                job = null;
                append(page, first);
            }
        }).onFailure(e -> {
            if (fetchGeneration == generation) {
                job = null;
                if (e.kind() == ErrorKind.CANCELLED) {
                    stopped = true;
                } else {
                    failure = e.getMessage();
                }
                updateStatus();
                changed();
            }
        });
        job.schedule();
        updateStatus();
    }

    private void append(RowPage page, boolean first) {
        loaded.addAll(page.rows());
        exhausted = page.last() || rows.exhausted();
        capReached = !exhausted && loaded.size() >= rowCap;
        if (shown != loaded) {
            List<Object[]> sorted = new ArrayList<>(loaded);
            sorted.sort(ValueOrder.rows(sortColumn, ascending));
            shown = sorted;
            table.clearAll();
        }
        table.setItemCount(shown.size());
        if (first) {
            gridColumns.fitWidths(columns, loaded);
        }
        updateStatus();
        changed();
        fetchIfNearEnd(table.getTopIndex() + visibleRows());
    }

    private void fill(TableItem item, int index) {
        if (index >= shown.size()) {
            return;
        }
        Object[] row = shown.get(index);
        int offset = gridColumns.dataOffset();
        if (offset > 0) {
            item.setText(0, Integer.toString(index + 1));
            item.setForeground(0, nullColor);
        }
        for (int c = 0; c < row.length && c < columns.size(); c++) {
            item.setText(c + offset, CellFormat.cell(row[c]));
            if (row[c] == null) {
                item.setForeground(c + offset, nullColor);
                item.setFont(c + offset, nullFont);
            }
            Color background = rowEditor == null ? null : rowEditor.background(row, c);
            if (background != null) {
                item.setBackground(c + offset, background);
            }
        }
        fetchIfNearEnd(index);
    }

    private void fetchIfNearEnd(int index) {
        if (sortColumn < 0 && index >= loaded.size() - PREFETCH_DISTANCE) {
            fetchMore();
        }
    }

    private int visibleRows() {
        int itemHeight = Math.max(1, table.getItemHeight());
        return table.getClientArea().height / itemHeight + 1;
    }

    private void updateStatus() {
        if (status.isDisposed()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int n = loaded.size();
        if (columns.isEmpty() && n == 0) {
            text.append(job != null ? "Running…" : "");
        } else if (failure != null) {
            text.append(CellFormat.size(n, "row")).append(" loaded; fetching more failed: ").append(failure);
        } else if (job != null) {
            text.append(CellFormat.size(n, "row")).append(" loaded; fetching more…");
        } else if (capReached) {
            text.append("The first ").append(CellFormat.size(n, "row"))
                    .append(": the row cap was reached and the rest of the result was not read.");
        } else if (stopped && !exhausted) {
            text.append(CellFormat.size(n, "row")).append(" loaded; fetching was stopped.");
        } else if (!exhausted) {
            text.append(CellFormat.size(n, "row")).append(" loaded; ")
                    .append(sortColumn < 0 ? "scroll down for more." : "more rows follow.");
        } else {
            text.append(CellFormat.size(n, "row"));
        }
        if (sortColumn >= 0) {
            text.append(" · sorted by ").append(columns.get(sortColumn).label())
                    .append(ascending ? ", ascending" : ", descending").append(" (the loaded rows only)");
        }
        status.setText(text.toString());
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
