package velocity.ui.navigator.internal.handlers;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;

import velocity.ui.navigator.internal.ConnectionNode;
import velocity.ui.navigator.internal.NavigatorView;
import velocity.ui.navigator.internal.Node;
import velocity.ui.navigator.internal.TableNode;

/** Copies the selected nodes' names, one a line: a table as schema.name, anything else by its name. */
public final class CopyNameHandler extends NavigatorHandler {

    @Override
    void run(List<Node> nodes, NavigatorView view, ExecutionEvent event) {
        if (nodes.isEmpty()) {
            return;
        }
        String text = nodes.stream().map(CopyNameHandler::name).collect(Collectors.joining(System.lineSeparator()));
        Clipboard clipboard = new Clipboard(shell(view, event).getDisplay());
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    static String name(Node node) {
        if (node instanceof TableNode table) {
            return table.schema() == null ? table.name() : table.schema() + "." + table.name();
        }
        if (node instanceof ConnectionNode connection) {
            return connection.name();
        }
        return node.label();
    }
}
