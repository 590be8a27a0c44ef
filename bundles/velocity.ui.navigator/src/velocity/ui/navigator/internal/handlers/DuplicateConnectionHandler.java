package velocity.ui.navigator.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import velocity.core.operations.DuplicateConnectionOperation;
import velocity.ui.Connections;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;
import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;

/** Copies the selected connection, with its saved password, as "NAME (copy)", and selects the copy. */
public final class DuplicateConnectionHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        if (nodes.isEmpty()) {
            return;
        }
        String name = nodes.get(0).connectionNode().name();
        OperationJob.of(new DuplicateConnectionOperation(VelocityUi.velocity().connections(), name, null))
                .onSuccess(copy -> {
                    VelocityUi.connections().fire(copy.name(), Connections.Change.SAVED);
                    if (view != null) {
                        view.getSite().getShell().getDisplay().asyncExec(() -> {
                            if (!view.viewer().getControl().isDisposed()) {
                                view.select(copy.name());
                            }
                        });
                    }
                })
                .schedule();
    }
}
