package velocity.ui.navigator.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import velocity.ui.VelocityUi;
import velocity.ui.navigator.internal.ConnectionNode;
import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;

/** Disconnects the selected connections; what runs on them is cancelled. */
public final class DisconnectHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        for (ConnectionNode node : connections(nodes)) {
            if (node.isConnected()) {
                VelocityUi.connections().disconnect(node.name());
            }
        }
    }
}
