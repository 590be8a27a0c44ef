package velocity.ui.navigator.internal.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;

import velocity.core.operations.DeleteConnectionOperation;
import velocity.ui.Connections;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;
import velocity.ui.navigator.internal.ConnectionNode;
import velocity.ui.navigator.internal.NamedMessageDialog;
import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;

/** Deletes the selected connections and their saved passwords, once the user confirms. */
public final class DeleteConnectionHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        List<String> names = connections(nodes).stream().map(ConnectionNode::name).toList();
        if (names.isEmpty()) {
            return;
        }
        String which = names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        String question = "Delete the connection" + (names.size() > 1 ? "s " : " ") + which
                + " and any saved password? Open connections are closed. The databases themselves are not touched.";
        if (NamedMessageDialog.ask(shell(view, event), "Delete Connection", question,
                MessageDialog.CONFIRM, "OK", "navigator.delete.ok", "Cancel", "navigator.delete.cancel") != 0) {
            return;
        }
        for (String name : names) {
            // An editor with changes not yet applied on this connection asks first, as for a disconnect.
            if (VelocityUi.connections().mayClose(name, "Deleting the connection '" + name + "'",
                    () -> delete(name))) {
                delete(name);
            }
        }
    }

    private static void delete(String name) {
        OperationJob.of(new DeleteConnectionOperation(VelocityUi.velocity().connections(),
                VelocityUi.velocity().manager(), name))
                .onSuccess(done -> {
                    VelocityUi.connections().forgetPassword(name);
                    VelocityUi.connections().fire(name, Connections.Change.DELETED);
                })
                .schedule();
    }
}
