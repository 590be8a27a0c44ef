package velocity.core.operations;

import velocity.core.ConnectionManager;
import velocity.core.ConnectionStore;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;

/** Disconnects and deletes a saved connection with its stored password. */
public final class DeleteConnectionOperation implements VelocityOperation<Void> {

    private final ConnectionStore store;
    private final ConnectionManager manager;
    private final String name;

    public DeleteConnectionOperation(ConnectionStore store, ConnectionManager manager, String name) {
        this.store = store;
        this.manager = manager;
        this.name = name;
    }

    @Override
    public String label() {
        return "Deleting connection '" + name + "'";
    }

    @Override
    public Void run(Monitor monitor) throws VelocityException {
        manager.disconnect(name);
        if (!store.delete(name)) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "No saved connection is named '" + name + "'.");
        }
        return null;
    }
}
