package velocity.ui.editors.internal.tabs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import velocity.core.operations.GetTableRowsOperation;
import velocity.core.query.TablePage;
import velocity.core.query.TablePageRequest;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.editors.EditorTab;
import velocity.ui.editors.EditorTabContext;
import velocity.ui.grid.ResultGrid;

/**
 * The Data tab: the table's rows a page at a time in primary-key order. Going forward seeks past the last
 * key shown (keyset paging, fast at any depth); the first key of every page seen is kept so that going back
 * is a seek too. Tables without a primary key page by offset. Counting is on request since it scans the table.
 */
public final class DataTab implements EditorTab {

    /** Rows per page. */
    public static final int PAGE_SIZE = 200;

    private final List<List<Object>> pageStarts = new ArrayList<>();
    private EditorTabContext context;
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

    @Override
    public Control create(Composite parent, EditorTabContext tabContext) {
        this.context = tabContext;
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(composite);
        Composite bar = new Composite(composite, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        previous = button(bar, "◀ &Previous", "table.data.previous", "The previous " + PAGE_SIZE + " rows");
        next = button(bar, "&Next ▶", "table.data.next", "The next " + PAGE_SIZE + " rows");
        pageLabel = VelocityUi.name(new Label(bar, SWT.NONE), "table.data.page");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(pageLabel);
        refresh = button(bar, "&Refresh", "table.data.refresh", "Read this page again");
        count = button(bar, "&Count Rows", "table.data.count", "Count the table's rows exactly (scans the table)");
        countLabel = VelocityUi.name(new Label(bar, SWT.NONE), "table.data.countLabel");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(countLabel);
        Button export = button(bar, "E&xport...", "table.data.export", "Export every row of the table to a file");

        grid = new ResultGrid(composite, "table.data.grid");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.control());

        previous.addListener(SWT.Selection, e -> load(page - 1, false));
        next.addListener(SWT.Selection, e -> load(page + 1, false));
        refresh.addListener(SWT.Selection, e -> {
            exactCount = -1;
            load(page, false);
        });
        count.addListener(SWT.Selection, e -> load(page, true));
        export.addListener(SWT.Selection, e -> export());
        load(0, false);
        return composite;
    }

    /** The grid showing the page, for tabs and tests that look at the rows. */
    public ResultGrid grid() {
        return grid;
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

    private static Button button(Composite parent, String text, String name, String tooltip) {
        Button button = VelocityUi.name(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        button.setToolTipText(tooltip);
        return button;
    }

    private void load(long pageNo, boolean withCount) {
        if (loading || pageNo < 0) {
            return;
        }
        List<Object> afterKey = startOf(pageNo);
        TablePageRequest request = new TablePageRequest(context.table(), PAGE_SIZE, pageNo, afterKey, withCount);
        loading = true;
        if (withCount) {
            countLabel.setText("Counting…");
        }
        update();
        context.run(connection -> new GetTableRowsOperation(connection, request), loaded -> show(pageNo, afterKey, loaded),
                failure -> {
                    loading = false;
                    if (withCount) {
                        countLabel.setText("");
                    }
                    update();
                });
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
            countLabel.setText(String.format("%,d rows", exactCount));
        }
        grid.showRows(loaded.columns(), loaded.rows());
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
            pageLabel.setText(page == 0 ? "No rows" : "No rows on this page");
        } else {
            long first = page * PAGE_SIZE + 1;
            long last = first + current.rows().size() - 1;
            pageLabel.setText(String.format("Rows %,d–%,d", first, last) + (exactCount >= 0 ? String.format(" of %,d", exactCount) : ""));
        }
        pageLabel.getParent().layout();
    }
}
