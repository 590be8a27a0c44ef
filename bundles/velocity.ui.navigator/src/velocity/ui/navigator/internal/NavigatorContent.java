package velocity.ui.navigator.internal;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Control;

import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;

/**
 * Lazy content: children the tree has not seen yet are read in a job, and a "Loading..." child stands in
 * until the job hands them back. Cancelling the job in the Progress view cancels the catalog query.
 */
final class NavigatorContent implements ITreeContentProvider {

    static final String LOADING = "Loading...";
    static final String CONNECTING = "Connecting...";

    private final TreeViewer viewer;

    NavigatorContent(TreeViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public Object[] getElements(Object input) {
        return ((NavigatorRoot) input).connections().toArray();
    }

    @Override
    public Object[] getChildren(Object element) {
        Node node = (Node) element;
        List<Node> known = node.children();
        if (known != null) {
            return known.toArray();
        }
        boolean connected = node.connectionNode().isConnected();
        if (!node.isLoading()) {
            node.setLoading(true);
            Control control = viewer.getControl();
            // Connecting may ask for a password: not from inside the tree's expand event.
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    load(node);
                }
            });
        }
        return new Object[] { new MessageNode(node, connected ? LOADING : CONNECTING) };
    }

    private void load(Node node) {
        int generation = node.generation();
        Control control = viewer.getControl();
        VelocityUi.connections().connect(node.connectionNode().name(), control, connection -> OperationJob
                .of(new LoadChildren(node, connection))
                .owner(control)
                .onSuccess(children -> show(node, generation, children))
                .onFailure(e -> show(node, generation, List.of(new MessageNode(node,
                        "Could not be read (" + e.getMessage() + "). Press F5 to try again."))))
                .schedule(),
                () -> show(node, generation, List.of(new MessageNode(node, "Not connected. Press F5 to try again."))));
    }

    private void show(Node node, int generation, List<Node> children) {
        if (node.generation() != generation) {
            return;
        }
        node.setChildren(children);
        viewer.refresh(node);
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof Node node ? node.parent() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Node node = (Node) element;
        if (node.isLeaf()) {
            return false;
        }
        List<Node> known = node.children();
        return known == null || !known.isEmpty();
    }
}
