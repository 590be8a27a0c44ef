package velocity.core.operations;

import velocity.core.ConnectionManager;
import velocity.core.Monitor;

/** Cancels what runs on a connection and closes its pool. */
public final class DisconnectOperation implements VelocityOperation<Boolean> {

    private final ConnectionManager manager;
    private final String name;

    public DisconnectOperation(ConnectionManager manager, String name) {
        this.manager = manager;
        this.name = name;
    }

    @Override
    public String label() {
        return "Disconnecting '" + name + "'";
    }

    /** @return whether the connection was open */
    @Override
    public Boolean run(Monitor monitor) {
        return manager.disconnect(name);
    }
}
