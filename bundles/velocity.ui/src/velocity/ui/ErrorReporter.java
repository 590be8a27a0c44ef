package velocity.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * The one place where the workbench reports errors: a dialog for the user and an entry in the Error Log.
 * Cancellations are not errors and are only logged.
 */
public final class ErrorReporter {

    private ErrorReporter() {
    }

    /**
     * Reports an error from any thread.
     *
     * @param what what was being done, e.g. "Connecting to 'prod'"
     */
    public static void report(String what, Throwable error) {
        IStatus status = status(what, error);
        int style = status.getSeverity() == IStatus.CANCEL ? StatusManager.LOG : StatusManager.SHOW | StatusManager.LOG;
        StatusManager.getManager().handle(status, style);
    }

    /** The status shown for an error: the message first, then the database's codes and the cause chain. */
    public static IStatus status(String what, Throwable error) {
        if (error instanceof VelocityException v && v.kind() == ErrorKind.CANCELLED) {
            return new Status(IStatus.CANCEL, VelocityUi.PLUGIN_ID, what + ": cancelled.");
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        List<IStatus> details = new ArrayList<>();
        if (error instanceof VelocityException v) {
            if (v.connectionName() != null) {
                details.add(detail("Connection: " + v.connectionName()));
            }
            if (v.sqlState() != null) {
                details.add(detail("SQLState: " + v.sqlState() + (v.vendorCode() != 0 ? ", error code " + v.vendorCode() : "")));
            }
            if (v.position() > 0) {
                details.add(detail("Position in the statement: " + v.position()));
            }
        }
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            details.add(detail("Cause: " + cause));
        }
        // An expected database error needs no stack trace in the dialog (its codes are the details above);
        // anything else is a defect, and its trace goes to the Error Log.
        Throwable trace = error instanceof VelocityException ? null : error;
        return new MultiStatus(VelocityUi.PLUGIN_ID, 0, details.toArray(IStatus[]::new), what + ": " + message, trace);
    }

    private static IStatus detail(String text) {
        return new Status(IStatus.ERROR, VelocityUi.PLUGIN_ID, text);
    }
}
