package velocity.core.operations;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionManager;
import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.VelocityException;

/** Opens a pooled connection. */
public final class ConnectOperation implements VelocityOperation<ActiveConnection> {

    private final ConnectionManager manager;
    private final ConnectionSettings settings;
    private final char[] password;

    /** @param password the password, or {@code null} for the stored one */
    public ConnectOperation(ConnectionManager manager, ConnectionSettings settings, char[] password) {
        this.manager = manager;
        this.settings = settings;
        this.password = password;
    }

    @Override
    public String label() {
        return "Connecting to '" + settings.name() + "'";
    }

    @Override
    public ActiveConnection run(Monitor monitor) throws VelocityException {
        return manager.connect(settings, password, monitor);
    }
}
