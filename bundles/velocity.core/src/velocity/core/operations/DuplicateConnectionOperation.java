package velocity.core.operations;

import velocity.core.ConnectionSettings;
import velocity.core.ConnectionStore;
import velocity.core.Monitor;
import velocity.core.VelocityException;

/** Copies a saved connection, and its stored password, under a new name. */
public final class DuplicateConnectionOperation implements VelocityOperation<ConnectionSettings> {

    private final ConnectionStore store;
    private final String name;
    private final String newName;

    /** @param newName the copy's name, or {@code null} for "NAME (copy)" */
    public DuplicateConnectionOperation(ConnectionStore store, String name, String newName) {
        this.store = store;
        this.name = name;
        this.newName = newName;
    }

    @Override
    public String label() {
        return "Duplicating connection '" + name + "'";
    }

    @Override
    public ConnectionSettings run(Monitor monitor) throws VelocityException {
        return store.duplicate(name, newName);
    }
}
