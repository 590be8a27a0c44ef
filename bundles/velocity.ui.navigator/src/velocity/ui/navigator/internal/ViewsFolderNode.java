package velocity.ui.navigator.internal;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.ListViewsOperation;

/** The views of a schema, listed with their definitions in one catalog query. */
public final class ViewsFolderNode extends Node {

    static final String LABEL = "Views";

    ViewsFolderNode(SchemaNode parent) {
        super(parent);
    }

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    protected String loadLabel() {
        return "Listing the views of " + ((SchemaNode) parent()).name() + " on '" + connectionNode().name() + "'";
    }

    @Override
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        SchemaNode schema = (SchemaNode) parent();
        return new ListViewsOperation(connection, schema.name(), true).run(monitor).stream()
                .map(v -> (Node) new ViewNode(this, v)).toList();
    }
}
