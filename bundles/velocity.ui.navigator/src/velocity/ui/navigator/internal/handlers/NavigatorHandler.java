package velocity.ui.navigator.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import velocity.ui.navigator.internal.ConnectionNode;
import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;

/** A handler acting on the navigator's selection; plugin.xml enables it for the node types it handles. */
abstract class NavigatorHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
        List<Node> nodes = selection.toList().stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
        NavigatorView view = HandlerUtil.getActivePart(event) instanceof NavigatorView v ? v : null;
        run(nodes, view, event);
        return null;
    }

    abstract void run(List<Node> nodes, NavigatorView view, ExecutionEvent event);

    /**
     * The shell to open dialogs on: the view's, else the active one. The active shell the event carries can be
     * a dialog that has just closed, when no window manager reports the activation that follows.
     */
    static Shell shell(NavigatorView view, ExecutionEvent event) {
        if (view != null) {
            return view.getSite().getShell();
        }
        Shell active = HandlerUtil.getActiveShell(event);
        return active != null && !active.isDisposed() ? active
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** The distinct connections of the selected nodes. */
    static List<ConnectionNode> connections(List<Node> nodes) {
        return nodes.stream().map(Node::connectionNode).distinct().toList();
    }
}
