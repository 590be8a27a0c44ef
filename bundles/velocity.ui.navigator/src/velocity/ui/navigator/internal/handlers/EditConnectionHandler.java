package velocity.ui.navigator.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;

import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;
import velocity.ui.navigator.internal.wizard.ConnectionWizardDialog;

/** Opens the connection wizard on the selected connection. */
public final class EditConnectionHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        if (!nodes.isEmpty()) {
            ConnectionWizardDialog.open(shell(view, event), nodes.get(0).connectionNode().settings());
        }
    }
}
