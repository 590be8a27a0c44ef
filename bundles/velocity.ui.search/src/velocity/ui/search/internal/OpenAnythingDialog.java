package velocity.ui.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import velocity.core.ConnectionSettings;
import velocity.core.VelocityException;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchKind;
import velocity.core.search.SearchResult;
import velocity.core.search.Searcher;
import velocity.ui.Connections;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityUi;

/**
 * The Open Anything dialog: a text field and the best matches under it, updated at each keystroke on the UI
 * thread (a search takes a few milliseconds). Up and Down move in the list, Enter opens, Escape closes. Only
 * connected connections are searched; the line under the list names the others.
 */
final class OpenAnythingDialog extends Dialog {

    static final int LIMIT = 50;

    private final IndexMaintainer maintainer = IndexMaintainer.instance();
    private final Searcher searcher = maintainer.index().searcher();
    private final Runnable indexChanged = this::update;
    private final Connections.Listener connectionChanged = (name, change) -> {
        readSaved();
        update();
    };
    private List<String> saved = List.of();
    private Text text;
    private TableViewer viewer;
    private Label status;

    OpenAnythingDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Open Anything");
        VelocityUi.name(shell, "search.dialog");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().applyTo(area);
        text = VelocityUi.name(new Text(area, SWT.SINGLE | SWT.BORDER | SWT.SEARCH), "search.text");
        text.setMessage("Table, view, column, function, favorite or past query");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        Table table = VelocityUi.name(viewer.getTable(), "search.results");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new ResultLabelProvider());
        GridDataFactory.fillDefaults().grab(true, true).hint(680, 360).applyTo(table);
        status = VelocityUi.name(new Label(area, SWT.WRAP), "search.status");
        GridDataFactory.fillDefaults().grab(true, false).hint(680, SWT.DEFAULT).applyTo(status);

        text.addModifyListener(e -> update());
        text.addListener(SWT.KeyDown, this::keyInText);
        text.addListener(SWT.DefaultSelection, e -> openSelected());
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        maintainer.addListener(indexChanged);
        VelocityUi.connections().addListener(connectionChanged);
        area.addDisposeListener(e -> {
            maintainer.removeListener(indexChanged);
            VelocityUi.connections().removeListener(connectionChanged);
        });
        readSaved();
        maintainer.refreshSavedQueries();
        update();
        return area;
    }

    /** No buttons: Enter opens, Escape closes. */
    @Override
    protected Control createButtonBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().hint(0, 0).applyTo(bar);
        return bar;
    }

    @Override
    protected Point getInitialLocation(Point initialSize) {
        Shell parent = getParentShell();
        if (parent == null) {
            return super.getInitialLocation(initialSize);
        }
        var bounds = parent.getBounds();
        return new Point(bounds.x + (bounds.width - initialSize.x) / 2, bounds.y + bounds.height / 6);
    }

    private void keyInText(Event e) {
        Table table = viewer.getTable();
        int count = table.getItemCount();
        if (count == 0 || (e.keyCode != SWT.ARROW_DOWN && e.keyCode != SWT.ARROW_UP)) {
            return;
        }
        int at = table.getSelectionIndex();
        at = e.keyCode == SWT.ARROW_DOWN ? Math.min(count - 1, at + 1) : Math.max(0, at - 1);
        table.setSelection(at);
        e.doit = false;
    }

    private void update() {
        if (text == null || text.isDisposed()) {
            return;
        }
        Set<String> connected = new HashSet<>();
        List<String> offline = new ArrayList<>();
        for (String name : saved) {
            if (VelocityUi.connections().isConnected(name)) {
                connected.add(name);
            } else {
                offline.add(name);
            }
        }
        List<SearchResult> results = searcher.search(text.getText(), LIMIT, e -> alwaysSearched(e) || connected.contains(e.connection()));
        viewer.setInput(results);
        if (!results.isEmpty()) {
            viewer.setSelection(new StructuredSelection(results.get(0)), true);
        }
        status.setText(statusText(connected, offline, results.isEmpty() && !text.getText().isBlank()));
        status.getParent().layout(true);
    }

    /** Favorites and history entries open a SQL editor, which connects on demand: they are always searched. */
    private static boolean alwaysSearched(SearchEntry entry) {
        return entry.kind() == SearchKind.FAVORITE || entry.kind() == SearchKind.HISTORY;
    }

    private String statusText(Set<String> connected, List<String> offline, boolean nothingFound) {
        List<String> parts = new ArrayList<>();
        List<String> indexing = connected.stream().filter(maintainer::isIndexing).sorted().toList();
        if (!indexing.isEmpty()) {
            parts.add("Reading the objects of " + String.join(", ", indexing) + "…");
        }
        if (connected.isEmpty()) {
            parts.add("No connection is open: connect one in the Database Navigator to search its objects.");
        } else if (nothingFound) {
            parts.add("Nothing matches in " + String.join(", ", connected.stream().sorted().toList()) + ".");
        }
        if (!offline.isEmpty()) {
            parts.add("Not connected, so not searched: " + String.join(", ", offline) + ".");
        }
        return String.join(" ", parts);
    }

    private void readSaved() {
        try {
            saved = VelocityUi.connections().saved().stream().map(ConnectionSettings::name).toList();
        } catch (VelocityException e) {
            ErrorReporter.report("Listing the saved connections for Open Anything", e);
            saved = List.of();
        }
    }

    private void openSelected() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (!(selected instanceof SearchResult result)) {
            return;
        }
        Shell parent = getParentShell();
        close();
        parent.getDisplay().asyncExec(() -> Opener.open(parent, result.entry()));
    }
}
