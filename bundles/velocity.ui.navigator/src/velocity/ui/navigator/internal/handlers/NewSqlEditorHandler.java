package velocity.ui.navigator.internal.handlers;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;

import velocity.ui.VelocityCommands;
import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;

/** Opens a SQL editor on the selected node's connection, through the command the SQL bundle handles. */
public final class NewSqlEditorHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        if (!nodes.isEmpty()) {
            VelocityCommands.execute(VelocityCommands.NEW_SQL_EDITOR,
                    Map.of(VelocityCommands.CONNECTION, nodes.get(0).connectionNode().name()));
        }
    }
}
