package velocity.ui.navigator.internal;

import java.util.List;
import java.util.Set;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableKind;
import velocity.core.operations.ListTablesOperation;

/** The tables of a schema (the views have {@link ViewsFolderNode}). */
public final class TablesFolderNode extends Node {

    private final String label;
    private final Set<TableKind> kinds;

    TablesFolderNode(SchemaNode parent, String label, Set<TableKind> kinds) {
        super(parent);
        this.label = label;
        this.kinds = kinds;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    protected String loadLabel() {
        return "Listing the " + label.toLowerCase() + " of " + ((SchemaNode) parent()).name() + " on '"
                + connectionNode().name() + "'";
    }

    @Override
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        SchemaNode schema = (SchemaNode) parent();
        return new ListTablesOperation(connection, schema.name()).run(monitor).stream()
                .filter(t -> kinds.contains(t.kind())).map(t -> (Node) new TableNode(this, t)).toList();
    }
}
