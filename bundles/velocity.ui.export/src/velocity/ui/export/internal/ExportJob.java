package velocity.ui.export.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.export.ExportResult;
import velocity.core.operations.ExportOperation;
import velocity.ui.ErrorReporter;

/**
 * Runs an export in a user job: the Progress view shows the rows written so far, cancelling the job
 * cancels the statement on the server (the file is then not written), and failures go to the
 * {@link ErrorReporter}.
 */
final class ExportJob extends Job {

    /** The family of export jobs, for tests and for joining them. */
    static final Object FAMILY = ExportJob.class;

    private final ExportOperation operation;
    private volatile Monitor monitor;
    private volatile ExportResult result;

    ExportJob(ExportOperation operation) {
        super(operation.label());
        this.operation = operation;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** What the export wrote, once it succeeded; {@code null} before or after a failure. */
    ExportResult result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor progress) {
        progress.beginTask(operation.label(), IProgressMonitor.UNKNOWN);
        Monitor m = Monitor.create(new Monitor.ProgressListener() {
            private long rows;

            @Override
            public void task(String name, long totalWork) {
                progress.subTask(name);
            }

            @Override
            public void worked(long units) {
                rows += units;
                progress.subTask(String.format("%,d rows written", rows));
                progress.worked((int) Math.min(Integer.MAX_VALUE, units));
            }
        });
        monitor = m;
        if (progress.isCanceled()) {
            m.cancel();
        }
        try {
            result = operation.run(m);
            return Status.OK_STATUS;
        } catch (VelocityException e) {
            if (e.kind() == ErrorKind.CANCELLED || m.isCancelled()) {
                return Status.CANCEL_STATUS;
            }
            ErrorReporter.report(operation.label(), e);
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            ErrorReporter.report(operation.label(), e);
            return Status.OK_STATUS;
        } finally {
            progress.done();
        }
    }

    @Override
    protected void canceling() {
        Monitor m = monitor;
        if (m != null) {
            m.cancel();
        }
    }
}
