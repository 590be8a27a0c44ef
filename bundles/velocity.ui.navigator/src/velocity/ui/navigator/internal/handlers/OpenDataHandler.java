package velocity.ui.navigator.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;
import velocity.ui.navigator.internal.TableNode;

/** Opens the selected tables and views in their editor. */
public final class OpenDataHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        nodes.stream().filter(TableNode.class::isInstance).map(TableNode.class::cast).forEach(NavigatorView::openTable);
    }
}
