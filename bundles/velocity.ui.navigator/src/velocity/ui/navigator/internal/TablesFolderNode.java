package velocity.ui.navigator.internal;

import java.util.List;
import java.util.Set;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableKind;
import velocity.core.operations.ListTablesOperation;

/** The tables of a schema (the views have {@link ViewsFolderNode}). */
public final class TablesFolderNode extends SchemaFolderNode {

    private final Set<TableKind> kinds;

    TablesFolderNode(SchemaNode parent, String label, Set<TableKind> kinds) {
        super(parent, label);
        this.kinds = kinds;
    }

    @Override
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        return new ListTablesOperation(connection, schema().name()).run(monitor).stream()
                .filter(t -> kinds.contains(t.kind())).map(t -> (Node) new TableNode(this, t)).toList();
    }
}
