package velocity.ui.navigator.internal;

import java.util.List;

/** A node that never has children: a column, a key, a function, a message. */
abstract class LeafNode extends Node {

    protected LeafNode(Node parent) {
        super(parent);
    }

    @Override
    public final boolean isLeaf() {
        return true;
    }

    @Override
    protected final List<Node> fixedChildren() {
        return List.of();
    }
}
