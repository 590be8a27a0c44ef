package velocity.core.operations;

import velocity.core.ConnectionSettings;
import velocity.core.ConnectionStore;
import velocity.core.Monitor;
import velocity.core.VelocityException;

/** Adds a saved connection or replaces the one with the same name; the password goes to the secret store. */
public final class SaveConnectionOperation implements VelocityOperation<ConnectionSettings> {

    private final ConnectionStore store;
    private final ConnectionSettings settings;
    private final char[] password;

    /** @param password the password to keep (when the settings say so), or {@code null} to leave the stored one */
    public SaveConnectionOperation(ConnectionStore store, ConnectionSettings settings, char[] password) {
        this.store = store;
        this.settings = settings;
        this.password = password;
    }

    @Override
    public String label() {
        return "Saving connection '" + settings.name() + "'";
    }

    @Override
    public ConnectionSettings run(Monitor monitor) throws VelocityException {
        store.save(settings, password);
        return settings;
    }
}
