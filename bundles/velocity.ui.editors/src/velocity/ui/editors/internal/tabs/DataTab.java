package velocity.ui.editors.internal.tabs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.edit.EditableTable;
import velocity.core.operations.GetTableRowsOperation;
import velocity.core.query.SortKey;
import velocity.core.query.TableFilter;
import velocity.core.query.TablePage;
import velocity.core.query.TablePageRequest;
import velocity.ui.OperationJob;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.editors.EditorTab;
import velocity.ui.editors.EditorTabContext;
import velocity.ui.editors.internal.PendingEditsPrompt;
import velocity.ui.grid.ResultGrid;

/**
 * The Data tab: the table's rows a page at a time, those the filter bar keeps, in its sort and then
 * primary-key order. Going forward seeks past the last key shown (keyset paging, fast at any depth); the
 * first key of every page seen is kept so that going back is a seek too. Tables without a primary key, and
 * sorts on a column that may be NULL, page by offset. Counting is on request since it scans the table.
 * <p>
 * Rows are edited in place ({@link DataEditing}); every reload of the rows goes through
 * {@link #guardPendingEdits}, which asks before pending changes would be lost.
 */
public final class DataTab implements EditorTab {

    /** Rows per page. */
    public static final int PAGE_SIZE = 200;

    private final List<List<Object>> pageStarts = new ArrayList<>();
    private EditorTabContext context;
    private FilterBar filterBar;
    private TableFilter shownFilter = TableFilter.NONE;
    /** The last read with a filter, run outside the editor's own jobs; cancelled when the tab goes. */
    private OperationJob<TablePage> quietJob;
    private ResultGrid grid;
    private Button previous;
    private Button next;
    private Button refresh;
    private Button count;
    private Label pageLabel;
    private Label countLabel;
    private TablePage current;
    private long page;
    private long exactCount = -1;
    private boolean loading;
    private DataEditing editing;
    private EditBar editBar;

    @Override
    public Control create(Composite parent, EditorTabContext tabContext) {
        this.context = tabContext;
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(composite);
        filterBar = new FilterBar(composite, this::applyFilter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterBar.control());
        tabContext.whenSchemaLoaded(schema -> {
            if (!filterBar.control().isDisposed()) {
                filterBar.setColumns(schema.columns());
            }
        });
        Composite bar = new Composite(composite, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        previous = button(bar, "◀ &Previous", "table.data.previous", "The previous " + PAGE_SIZE + " rows");
        next = button(bar, "&Next ▶", "table.data.next", "The next " + PAGE_SIZE + " rows");
        pageLabel = VelocityUi.name(new Label(bar, SWT.NONE), "table.data.page");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(pageLabel);
        refresh = button(bar, "&Refresh", "table.data.refresh", "Read this page again");
        count = button(bar, "&Count Rows", "table.data.count", "Count the table's rows exactly (scans the table)");
        Button export = button(bar, "E&xport...", "table.data.export", "Export every row of the table to a file");
        countLabel = VelocityUi.name(new Label(bar, SWT.NONE), "table.data.countLabel");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(countLabel);

        editBar = new EditBar(composite);
        grid = new ResultGrid(composite, "table.data.grid");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());
        grid.setHeaderSort(this::sortOnServer);
        editing = new DataEditing(grid, context, this::editsChanged, editBar::message);
        editBar.connect(editing, this);
        composite.addListener(SWT.Dispose, e -> {
            if (quietJob != null) {
                quietJob.cancel();
            }
        });

        previous.addListener(SWT.Selection,
                e -> guardPendingEdits("Going to the previous page", () -> load(page - 1, false, shownFilter)));
        next.addListener(SWT.Selection,
                e -> guardPendingEdits("Going to the next page", () -> load(page + 1, false, shownFilter)));
        refresh.addListener(SWT.Selection, e -> guardPendingEdits("Refreshing", () -> {
            exactCount = -1;
            load(page, false, shownFilter);
        }));
        count.addListener(SWT.Selection,
                e -> guardPendingEdits("Reading the rows again", () -> load(page, true, shownFilter)));
        export.addListener(SWT.Selection, e -> export());
        grid.table().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL && editing.editable() && !editing.applying()) {
                editing.deleteSelected();
                e.doit = false;
            } else if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 's' || e.keyCode == 'S')) {
                save(() -> { });
                e.doit = false;
            }
        });
        load(0, false, shownFilter);
        return composite;
    }

    /**
     * Runs {@code reload}, a reload of the rows (paging, refreshing, filtering, sorting on the server), once no
     * pending change would be lost by it: at once when there are none, else after asking whether to apply them
     * first (the reload follows a successful apply), discard them, or cancel (no reload).
     *
     * @param what what the reload is, for the question, e.g. "Going to the next page"
     */
    public void guardPendingEdits(String what, Runnable reload) {
        if (editing.pendingCount() == 0) {
            reload.run();
            return;
        }
        switch (PendingEditsPrompt.ask(grid.table().getShell(), context.table().toString(), what,
                editing.pendingCount())) {
            case APPLY -> editing.apply(reload);
            case DISCARD -> {
                editing.discard();
                reload.run();
            }
            case CANCEL -> {
                // The user keeps the changes and the rows as they are.
            }
        }
    }

    /** How many changes wait to be applied. */
    public int pendingCount() {
        return editing.pendingCount();
    }

    @Override
    public boolean isDirty() {
        return editing != null && editing.pendingCount() > 0;
    }

    @Override
    public void save(Runnable onSaved) {
        editing.apply(() -> {
            load(page, false, shownFilter);
            onSaved.run();
        });
    }

    @Override
    public void discard() {
        editing.discard();
        if (!grid.table().isDisposed()) {
            load(page, false, shownFilter);
        }
    }

    @Override
    public void dispose() {
        if (editing != null) {
            editing.dispose();
        }
    }

    private void editsChanged() {
        if (!editBar.isDisposed()) {
            editBar.update(editing);
        }
        context.dirtyChanged();
    }

    /** The filter the rows shown follow. */
    public TableFilter filter() {
        return shownFilter;
    }

    /** The grid showing the page, for tabs and tests that look at the rows. */
    public ResultGrid grid() {
        return grid;
    }

    private static Button button(Composite parent, String text, String name, String tooltip) {
        Button button = VelocityUi.name(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        button.setToolTipText(tooltip);
        return button;
    }

    /** Hands the table to the Export command, which whatever bundle offers exports handles. */
    private void export() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(VelocityCommands.CONNECTION, context.connectionName());
        if (context.table().schema() != null) {
            parameters.put(VelocityCommands.SCHEMA, context.table().schema());
        }
        parameters.put(VelocityCommands.TABLE, context.table().name());
        VelocityCommands.execute(VelocityCommands.EXPORT_DATA, parameters);
    }

    /** Reads the first page of the filter bar's filter, counting again when the rows were counted. */
    private void applyFilter() {
        TableFilter filter = filterBar.applied();
        guardPendingEdits("Filtering", () -> load(0, exactCount >= 0, filter));
    }

    /**
     * Reads a page: every read of rows (paging, refresh, count, a new filter) goes through here, so that
     * whatever must happen before the rows shown are replaced has one place to happen. A failure with a filter
     * is shown in the filter bar rather than in a dialog, since it is most often the filter's own mistake.
     */
    void load(long pageNo, boolean withCount, TableFilter filter) {
        if (loading || pageNo < 0) {
            return;
        }
        boolean sameFilter = filter.equals(shownFilter);
        List<Object> afterKey = sameFilter ? startOf(pageNo) : null;
        TablePageRequest request = new TablePageRequest(context.table(), PAGE_SIZE, pageNo, afterKey, withCount, filter);
        loading = true;
        if (withCount) {
            countLabel.setText("Counting…");
        }
        update();
        Consumer<TablePage> onSuccess = loaded -> {
            if (!sameFilter) {
                pageStarts.clear();
                exactCount = -1;
                countLabel.setText("");
                shownFilter = filter;
                filterBar.showActive(filter);
            }
            filterBar.showError(null);
            show(pageNo, afterKey, loaded);
        };
        Consumer<VelocityException> onFailure = failure -> {
            loading = false;
            if (withCount) {
                countLabel.setText(exactCount >= 0 ? countText() : "");
            }
            if (!filter.isEmpty() && failure.kind() != ErrorKind.CANCELLED) {
                filterBar.showError(failure.getMessage());
            }
            update();
        };
        if (filter.isEmpty()) {
            context.run(connection -> {
                knowTable(connection);
                return new GetTableRowsOperation(connection, request);
            }, onSuccess, onFailure);
        } else {
            VelocityUi.connections().connect(context.connectionName(), grid.control(), connection -> {
                knowTable(connection);
                quietJob = OperationJob.of(new GetTableRowsOperation(connection, request)).owner(grid.control())
                        .reportErrors(false).onSuccess(onSuccess).onFailure(onFailure);
                quietJob.schedule();
            },
                    () -> onFailure.accept(new VelocityException(ErrorKind.CONNECTION_REFUSED,
                            "Not connected to '" + context.connectionName() + "'; Apply tries again.")));
        }
    }

    /** Tells the editing which rows it may change once the table's structure is known. */
    private void knowTable(ActiveConnection connection) {
        context.whenSchemaLoaded(schema -> editing.tableKnown(EditableTable.of(schema, connection.dialect())));
    }

    private String countText() {
        return String.format("%,d rows", exactCount) + (shownFilter.restricts() ? " match" : "");
    }

    /**
     * A header click on a table of more than one page sorts every row on the server through the filter bar:
     * ascending, then descending, then back to key order. A single page is sorted in the grid, at once.
     */
    private boolean sortOnServer(int column) {
        if (current == null || loading || page == 0 && !current.hasMore() && shownFilter.sort().isEmpty()) {
            return false;
        }
        String name = current.columns().get(column).label();
        List<SortKey> sort = shownFilter.sort();
        SortKey now = sort.isEmpty() || !sort.get(0).column().equals(name) ? null : sort.get(0);
        filterBar.sortBy(now == null ? SortKey.asc(name) : now.descending() ? null : SortKey.desc(name));
        return true;
    }

    /** Where a page starts: after the last key of the page before it, or {@code null} to use the page number. */
    private List<Object> startOf(long pageNo) {
        if (pageNo == 0) {
            return null;
        }
        if (pageNo < pageStarts.size()) {
            return pageStarts.get((int) pageNo);
        }
        return pageNo == page + 1 && current != null ? current.lastKey() : null;
    }

    private void show(long pageNo, List<Object> afterKey, TablePage loaded) {
        loading = false;
        page = pageNo;
        while (pageStarts.size() <= pageNo) {
            pageStarts.add(null);
        }
        pageStarts.set((int) pageNo, afterKey);
        current = loaded;
        if (loaded.exactCount() >= 0) {
            exactCount = loaded.exactCount();
            countLabel.setText(countText());
        }
        editing.show(loaded);
        editBar.update(editing);
        if (!shownFilter.sort().isEmpty()) {
            SortKey key = shownFilter.sort().get(0);
            grid.showSortIndicator(IntStream.range(0, loaded.columns().size())
                    .filter(i -> loaded.columns().get(i).label().equals(key.column())).findFirst().orElse(-1),
                    !key.descending());
        }
        update();
    }

    private void update() {
        if (pageLabel.isDisposed()) {
            return;
        }
        // The buttons keep their state while a page loads (clicks then are ignored): toggling them on every
        // page only made them flicker.
        previous.setEnabled(current != null && page > 0);
        next.setEnabled(current != null && current.hasMore());
        refresh.setEnabled(current != null || !loading);
        count.setEnabled(current != null || !loading);
        if (current == null) {
            pageLabel.setText(loading ? "Reading rows…" : "");
        } else if (current.rows().isEmpty()) {
            pageLabel.setText(page == 0 ? (shownFilter.restricts() ? "No rows match" : "No rows") : "No rows on this page");
        } else {
            long first = page * PAGE_SIZE + 1;
            long last = first + current.rows().size() - 1;
            pageLabel.setText(String.format("Rows %,d–%,d", first, last) + (exactCount >= 0 ? String.format(" of %,d", exactCount) : ""));
        }
        pageLabel.getParent().layout();
    }
}
