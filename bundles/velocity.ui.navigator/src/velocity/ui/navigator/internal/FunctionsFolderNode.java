package velocity.ui.navigator.internal;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.ListFunctionsOperation;

/**
 * The stored functions and procedures of a schema. A database without them (SQLite) gets a line saying so
 * rather than an empty folder, which would look like a schema that merely has none yet.
 */
public final class FunctionsFolderNode extends SchemaFolderNode {

    static final String LABEL = "Functions";

    FunctionsFolderNode(SchemaNode parent) {
        super(parent, LABEL);
    }

    @Override
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        if (!connection.dialect().catalog().supportsFunctions()) {
            return List.of(new MessageNode(this, connection.descriptor().name() + " has no stored functions"));
        }
        return new ListFunctionsOperation(connection, schema().name()).run(monitor).stream()
                .map(f -> (Node) new FunctionNode(this, f)).toList();
    }
}
