package velocity.ui.navigator.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

import velocity.core.VelocityException;
import velocity.ui.Connections;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;

/** The Database Navigator: saved connections and, as they are expanded, their catalog. */
public final class NavigatorView extends ViewPart {

    private final NavigatorRoot root = new NavigatorRoot();
    private final NameFilter filter = new NameFilter();
    private final Connections.Listener listener = this::connectionChanged;
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        area.setLayout(layout);

        Text filterText = VelocityUi.name(new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL),
                "navigator.filter");
        filterText.setMessage("Filter tables and views");
        filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterText.addModifyListener(e -> applyFilter(filterText.getText()));

        viewer = new TreeViewer(area, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        VelocityUi.name(viewer.getTree(), "navigator.tree");
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new NavigatorContent(viewer));
        viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new NavigatorLabels()));
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addFilter(filter);
        viewer.addDoubleClickListener(this::doubleClicked);
        reloadConnections();
        viewer.setInput(root);

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        getSite().registerContextMenu(menu, viewer);
        getSite().setSelectionProvider(viewer);
        getSite().getService(IContextService.class).activateContext(NavigatorPlugin.CONTEXT);

        VelocityUi.connections().addListener(listener);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        VelocityUi.connections().removeListener(listener);
        super.dispose();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The selected nodes. */
    public List<Node> selection() {
        return ((IStructuredSelection) viewer.getSelection()).toList().stream().filter(Node.class::isInstance)
                .map(Node.class::cast).toList();
    }

    /** Reads the selected nodes again, or the list of connections when nothing is selected. */
    public void refresh(List<Node> nodes) {
        if (nodes.isEmpty()) {
            reloadConnections();
            viewer.refresh();
            root.connections().forEach(c -> VelocityUi.connections().fire(c.name(), Connections.Change.REFRESHED));
            return;
        }
        Set<Node> targets = new LinkedHashSet<>();
        for (Node node : nodes) {
            // Folders and details are read with their table, and a placeholder stands for its parent.
            Node target = node instanceof DetailNode || node instanceof FixedFolderNode || node instanceof MessageNode
                    || node instanceof FunctionNode
                    ? (node.ancestor(TableNode.class) != null ? node.ancestor(TableNode.class) : node.parent())
                    : node;
            targets.add(target);
        }
        Set<String> refreshed = new LinkedHashSet<>();
        for (Node target : targets) {
            target.reset();
            viewer.refresh(target);
            if (target.connectionNode() != null) {
                refreshed.add(target.connectionNode().name());
            }
        }
        // Others that cache a connection's catalog (Open Anything's index) read it again too.
        refreshed.forEach(name -> VelocityUi.connections().fire(name, Connections.Change.REFRESHED));
    }

    /** Selects and reveals a connection, e.g. one just saved. */
    public void select(String connectionName) {
        ConnectionNode node = root.get(connectionName);
        if (node != null) {
            viewer.setSelection(new StructuredSelection(node), true);
        }
    }

    private void applyFilter(String text) {
        if (filter.setText(text)) {
            viewer.refresh();
        }
    }

    private void reloadConnections() {
        try {
            root.update(VelocityUi.connections().saved());
        } catch (VelocityException e) {
            ErrorReporter.report("Listing the saved connections", e);
        }
    }

    private void connectionChanged(String name, Connections.Change change) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        switch (change) {
            case SAVED, DELETED -> {
                reloadConnections();
                viewer.refresh();
            }
            case CONNECTED -> {
                ConnectionNode node = root.get(name);
                if (node != null) {
                    viewer.update(node, null);
                }
            }
            case DISCONNECTED -> {
                ConnectionNode node = root.get(name);
                if (node != null) {
                    viewer.collapseToLevel(node, TreeViewer.ALL_LEVELS);
                    node.reset();
                    viewer.refresh(node);
                }
            }
        }
    }

    private void doubleClicked(DoubleClickEvent event) {
        Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
        if (element instanceof TableNode table) {
            openTable(table);
        } else if (element instanceof FunctionNode function) {
            SourceDialog.read(function, function, getSite().getShell(), viewer.getControl());
        } else if (element instanceof ConnectionNode connection && !connection.isConnected()) {
            VelocityUi.connections().connect(connection.name(), viewer.getControl(),
                    active -> viewer.setExpandedState(connection, true));
        } else if (element instanceof Node node && !node.isLeaf()) {
            viewer.setExpandedState(node, !viewer.getExpandedState(node));
        }
    }

    /** Opens a table or view in its editor, through the command the editor bundle handles. */
    public static void openTable(TableNode table) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(VelocityCommands.CONNECTION, table.connectionNode().name());
        if (table.schema() != null) {
            parameters.put(VelocityCommands.SCHEMA, table.schema());
        }
        parameters.put(VelocityCommands.TABLE, table.name());
        VelocityCommands.execute(VelocityCommands.OPEN_TABLE, parameters);
    }
}
