package velocity.ui.navigator.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import velocity.ui.VelocityUi;
import velocity.ui.navigator.internal.ConnectionNode;
import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;

/** Connects the selected connections, and expands them once open. */
public final class ConnectHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        for (ConnectionNode node : connections(nodes)) {
            VelocityUi.connections().connect(node.name(), view == null ? null : view.viewer().getControl(), active -> {
                if (view != null && !view.viewer().getControl().isDisposed()) {
                    view.viewer().setExpandedState(node, true);
                }
            });
        }
    }
}
