package velocity.core.operations;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.DatabaseInfo;

/** The databases, and schemas, a connection can see. */
public final class ListDatabasesOperation implements VelocityOperation<List<DatabaseInfo>> {

    private final ActiveConnection connection;

    public ListDatabasesOperation(ActiveConnection connection) {
        this.connection = connection;
    }

    @Override
    public String label() {
        return "Listing the databases of '" + connection.name() + "'";
    }

    @Override
    public List<DatabaseInfo> run(Monitor monitor) throws VelocityException {
        return connection.withSession(monitor, label(), true, s -> connection.dialect().catalog().databases(s));
    }
}
