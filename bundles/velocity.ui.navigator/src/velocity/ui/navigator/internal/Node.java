package velocity.ui.navigator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.views.properties.IPropertySource;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;

/**
 * A node of the navigator tree. Its children are either known without the database ({@link #fixedChildren})
 * or read in a job ({@link #load}); loaded children are kept until {@link #reset}, which Refresh calls.
 */
public abstract class Node implements IAdaptable {

    private final Node parent;
    private List<Node> children;
    private boolean loading;
    private int generation;

    protected Node(Node parent) {
        this.parent = parent;
    }

    public Node parent() {
        return parent;
    }

    public abstract String label();

    /** Greyed text after the label, or {@code null}. */
    public String suffix() {
        return null;
    }

    public Image image(ResourceManager resources) {
        return VelocityUi.image(VelocityImages.FOLDER);
    }

    public boolean isLeaf() {
        return false;
    }

    /** Children known without asking the database, or {@code null} when they must be loaded. */
    protected List<Node> fixedChildren() {
        return null;
    }

    /** Reads the children; runs in a job, never on the UI thread. */
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        return List.of();
    }

    /** What loading does, for the Progress view. */
    protected String loadLabel() {
        return "Reading " + label() + " of '" + connectionNode().name() + "'";
    }

    /** Properties for the Properties view, in order. */
    protected Map<String, String> properties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Name", label());
        return map;
    }

    /** The children when they are known, else {@code null}. */
    List<Node> children() {
        if (children == null) {
            children = fixedChildren();
        }
        return children;
    }

    void setChildren(List<Node> nodes) {
        children = List.copyOf(nodes);
        loading = false;
    }

    boolean isLoading() {
        return loading;
    }

    void setLoading(boolean value) {
        loading = value;
    }

    /** Counts resets, so that a load that finishes after one is dropped. */
    int generation() {
        return generation;
    }

    /** Forgets the children so that they are read again. */
    void reset() {
        children = null;
        loading = false;
        generation++;
    }

    public ConnectionNode connectionNode() {
        Node n = this;
        while (!(n instanceof ConnectionNode)) {
            n = n.parent();
        }
        return (ConnectionNode) n;
    }

    /** The nearest node of a type, this one included, or {@code null}. */
    public <N extends Node> N ancestor(Class<N> type) {
        for (Node n = this; n != null; n = n.parent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySource.class) {
            return adapter.cast(new NodeProperties(properties()));
        }
        return null;
    }

    @Override
    public String toString() {
        return label();
    }
}
