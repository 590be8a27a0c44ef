package velocity.ui.navigator.internal;

import java.util.List;
import java.util.function.Function;

/** A folder whose children were read along with its parent's. */
final class FixedFolderNode extends Node {

    private final String label;
    private final Function<Node, List<Node>> children;

    FixedFolderNode(Node parent, String label, Function<Node, List<Node>> children) {
        super(parent);
        this.label = label;
        this.children = children;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    protected List<Node> fixedChildren() {
        return children.apply(this);
    }

    @Override
    void reset() {
        // The children come with the parent's: Refresh here refreshes the parent.
    }
}
