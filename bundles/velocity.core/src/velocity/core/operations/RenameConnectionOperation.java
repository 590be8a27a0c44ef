package velocity.core.operations;

import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;

/**
 * Saves a connection under a new name in place of an old one. A password stored for the old name moves to the
 * new one unless another is given; the old entry (and its pool, if open) goes only after the new one is saved,
 * so a failure leaves the old connection as it was.
 */
public final class RenameConnectionOperation implements VelocityOperation<ConnectionSettings> {

    private final Velocity velocity;
    private final String oldName;
    private final ConnectionSettings settings;
    private final char[] password;

    /**
     * @param settings the connection under its new name
     * @param password the password to keep (when the settings say so), or {@code null} to keep the old name's
     */
    public RenameConnectionOperation(Velocity velocity, String oldName, ConnectionSettings settings, char[] password) {
        this.velocity = velocity;
        this.oldName = oldName;
        this.settings = settings;
        this.password = password;
    }

    @Override
    public String label() {
        return "Renaming connection '" + oldName + "' to '" + settings.name() + "'";
    }

    @Override
    public ConnectionSettings run(Monitor monitor) throws VelocityException {
        char[] secret = password;
        if (secret == null && settings.savePassword()) {
            secret = velocity.secrets().get(oldName);
        }
        new SaveConnectionOperation(velocity.connections(), settings, secret).run(monitor);
        new DeleteConnectionOperation(velocity.connections(), velocity.manager(), oldName).run(monitor);
        return settings;
    }
}
