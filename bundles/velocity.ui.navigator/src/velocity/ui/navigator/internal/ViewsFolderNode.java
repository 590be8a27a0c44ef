package velocity.ui.navigator.internal;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.ListViewsOperation;

/** The views of a schema, listed with their definitions in one catalog query. */
public final class ViewsFolderNode extends SchemaFolderNode {

    static final String LABEL = "Views";

    ViewsFolderNode(SchemaNode parent) {
        super(parent, LABEL);
    }

    @Override
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        return new ListViewsOperation(connection, schema().name(), true).run(monitor).stream()
                .map(v -> (Node) new ViewNode(this, v)).toList();
    }
}
