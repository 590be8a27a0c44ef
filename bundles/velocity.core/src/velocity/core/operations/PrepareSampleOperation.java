package velocity.core.operations;

import java.nio.file.Files;
import java.nio.file.LinkOption;

import velocity.core.ConnectionSettings;
import velocity.core.ConnectionStore;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;

/**
 * Gives a first start something to explore: when the Velocity home has neither a connections file nor a
 * sample database ({@link VelocityHome#sampleFile()}), creates the sample database there and saves its
 * connection, {@value CreateSampleDatabaseOperation#CONNECTION_NAME}. Otherwise it does nothing: a user who
 * deleted the sample, or its connection, does not get it back, and nothing that exists is ever replaced.
 */
public final class PrepareSampleOperation implements VelocityOperation<Boolean> {

    private final Velocity velocity;

    public PrepareSampleOperation(Velocity velocity) {
        this.velocity = velocity;
    }

    @Override
    public String label() {
        return "Preparing the sample database";
    }

    /** @return whether the sample database was created */
    @Override
    public Boolean run(Monitor monitor) throws VelocityException {
        VelocityHome home = velocity.home();
        if (Files.exists(home.connectionsFile(), LinkOption.NOFOLLOW_LINKS)
                || Files.exists(home.sampleFile(), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        ConnectionSettings settings = new CreateSampleDatabaseOperation(velocity.manager(), home.sampleFile())
                .run(monitor);
        ConnectionStore store = velocity.connections();
        // Another process may have saved connections meanwhile; a connection of that name is the user's.
        if (store.find(settings.name()).isEmpty()) {
            new SaveConnectionOperation(store, settings, null).run(monitor);
        }
        return true;
    }
}
