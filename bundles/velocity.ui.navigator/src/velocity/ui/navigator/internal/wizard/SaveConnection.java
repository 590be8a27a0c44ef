package velocity.ui.navigator.internal.wizard;

import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.operations.DeleteConnectionOperation;
import velocity.core.operations.SaveConnectionOperation;
import velocity.core.operations.VelocityOperation;

/**
 * Saves what the wizard produced. A renamed connection keeps its stored password under the new name, and the
 * old entry goes only when the user chose to rename rather than keep both.
 */
final class SaveConnection implements VelocityOperation<ConnectionSettings> {

    private final Velocity velocity;
    private final ConnectionSettings settings;
    private final char[] password;
    private final String replaced;

    /**
     * @param password the password typed, or {@code null} to keep the stored one
     * @param replaced the name of a connection this one replaces under a new name, or {@code null}
     */
    SaveConnection(Velocity velocity, ConnectionSettings settings, char[] password, String replaced) {
        this.velocity = velocity;
        this.settings = settings;
        this.password = password;
        this.replaced = replaced;
    }

    @Override
    public String label() {
        return "Saving connection '" + settings.name() + "'";
    }

    @Override
    public ConnectionSettings run(Monitor monitor) throws VelocityException {
        char[] secret = password;
        if (secret == null && replaced != null && settings.savePassword()) {
            secret = velocity.secrets().get(replaced);
        }
        new SaveConnectionOperation(velocity.connections(), settings, secret).run(monitor);
        if (replaced != null) {
            new DeleteConnectionOperation(velocity.connections(), velocity.manager(), replaced).run(monitor);
        }
        return settings;
    }
}
