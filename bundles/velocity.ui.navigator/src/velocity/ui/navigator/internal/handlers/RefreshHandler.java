package velocity.ui.navigator.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;

/** Reads the selected nodes again from the database, or the saved connections when nothing is selected. */
public final class RefreshHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        if (view != null) {
            view.refresh(nodes);
        }
    }
}
