package velocity.ui.navigator.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;

import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;
import velocity.ui.navigator.internal.SourceDialog;
import velocity.ui.navigator.internal.SourceNode;

/** Shows the selected view's definition or routine's source, read-only. */
public final class ShowDefinitionHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        Shell shell = shell(view, event);
        for (Node node : nodes) {
            if (node instanceof SourceNode source) {
                SourceDialog.read(node, source, shell, view == null ? null : view.viewer().getControl());
            }
        }
    }
}
