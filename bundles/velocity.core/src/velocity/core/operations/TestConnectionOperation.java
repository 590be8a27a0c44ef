package velocity.core.operations;

import velocity.core.ConnectionManager;
import velocity.core.ConnectionSettings;
import velocity.core.ConnectionTestResult;
import velocity.core.Monitor;
import velocity.core.VelocityException;

/** Tries a connection's settings, typically before saving them. Leaves no pool or socket behind. */
public final class TestConnectionOperation implements VelocityOperation<ConnectionTestResult> {

    private final ConnectionManager manager;
    private final ConnectionSettings settings;
    private final char[] password;

    /** @param password the password to try, or {@code null} for the stored one */
    public TestConnectionOperation(ConnectionManager manager, ConnectionSettings settings, char[] password) {
        this.manager = manager;
        this.settings = settings;
        this.password = password;
    }

    @Override
    public String label() {
        return "Testing connection '" + settings.name() + "'";
    }

    @Override
    public ConnectionTestResult run(Monitor monitor) throws VelocityException {
        monitor.task(label(), -1);
        return manager.test(settings, password, monitor);
    }
}
