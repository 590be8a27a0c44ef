package velocity.ui.navigator.internal;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.VelocityOperation;

/** Reads a node's children on its open connection. */
final class LoadChildren implements VelocityOperation<List<Node>> {

    private final Node node;
    private final ActiveConnection connection;

    LoadChildren(Node node, ActiveConnection connection) {
        this.node = node;
        this.connection = connection;
    }

    @Override
    public String label() {
        return node.loadLabel();
    }

    @Override
    public List<Node> run(Monitor monitor) throws VelocityException {
        monitor.task(label(), -1);
        return node.load(connection, monitor);
    }
}
