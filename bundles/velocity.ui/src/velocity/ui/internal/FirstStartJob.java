package velocity.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.CreateSampleDatabaseOperation;
import velocity.core.operations.PrepareSampleOperation;
import velocity.ui.Connections;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityUi;

/**
 * Prepares a new Velocity home on first start: the sample database and its connection, so a new user has
 * something to explore without a server. A home that has connections or a sample already is left alone.
 */
final class FirstStartJob extends Job {

    FirstStartJob() {
        super("Preparing the sample database");
    }

    @Override
    protected IStatus run(IProgressMonitor progress) {
        Monitor monitor = Monitor.create();
        try {
            PrepareSampleOperation operation = new PrepareSampleOperation(VelocityUi.velocity());
            if (operation.run(monitor)) {
                VelocityUi.connections().fire(CreateSampleDatabaseOperation.CONNECTION_NAME, Connections.Change.SAVED);
            }
            return Status.OK_STATUS;
        } catch (VelocityException e) {
            ErrorReporter.report("Preparing the sample database in " + VelocityUi.velocity().home().path(), e);
            return Status.OK_STATUS;
        }
    }
}
