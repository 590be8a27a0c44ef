package velocity.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.operations.ConnectOperation;
import velocity.core.operations.DisconnectOperation;

/**
 * The saved connections as the workbench sees them: connecting on demand (asking for a password that is not
 * saved, once per session), disconnecting, and telling listeners about every change so that the navigator,
 * editors and toolbars follow. All methods are called on the UI thread; listeners are called on it too.
 */
public final class Connections {

    /**
     * What happened to a connection. {@code REFRESHED}: the user asked to read its objects again (the
     * navigator's Refresh), so caches of its catalog should be dropped.
     */
    public enum Change { CONNECTED, DISCONNECTED, SAVED, DELETED, REFRESHED }

    /** Told of every change, on the UI thread. */
    @FunctionalInterface
    public interface Listener {
        void changed(String connectionName, Change change);
    }

    private final Velocity velocity;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<DisconnectGuard> guards = new CopyOnWriteArrayList<>();
    private final Map<String, char[]> sessionPasswords = new ConcurrentHashMap<>();

    /** Used by the workbench; plug-ins get the instance from {@link VelocityUi#connections()}. */
    public Connections(Velocity velocity) {
        this.velocity = velocity;
    }

    /**
     * Asked on the UI thread before a connection is closed or deleted, e.g. by an editor holding changes not
     * yet applied, which may ask the user.
     */
    @FunctionalInterface
    public interface DisconnectGuard {
        /**
         * Whether the connection may close now; {@code false} keeps it open.
         *
         * @param action what is about to close it, for a question to the user ("Disconnecting 'pg'")
         * @param retry the action itself, for a guard that first makes it safe (applies the changes in a job)
         *            and then runs it again
         */
        boolean mayDisconnect(String connectionName, String action, Runnable retry);
    }

    /** Adds a guard that {@link #disconnect(String)} and {@link #mayClose} ask first. */
    public void addDisconnectGuard(DisconnectGuard guard) {
        guards.add(guard);
    }

    /**
     * Asks the guards whether a connection may be closed by {@code action} (a disconnect, a deletion); on the
     * UI thread.
     *
     * @param retry runs the action again once a guard has made it safe
     */
    public boolean mayClose(String name, String action, Runnable retry) {
        for (DisconnectGuard guard : guards) {
            if (!guard.mayDisconnect(name, action, retry)) {
                return false;
            }
        }
        return true;
    }

    public void removeDisconnectGuard(DisconnectGuard guard) {
        guards.remove(guard);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Tells every listener, from any thread. */
    public void fire(String connectionName, Change change) {
        Display display = Display.getDefault();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> listeners.forEach(l -> l.changed(connectionName, change)));
    }

    /** The saved connections, in file order. Reads the settings file only. */
    public List<ConnectionSettings> saved() throws VelocityException {
        return velocity.connections().list();
    }

    /** The open connection of that name, if any. */
    public Optional<ActiveConnection> active(String name) {
        return velocity.manager().active(name).filter(c -> !c.isClosed());
    }

    /** Whether a connection of that name is open. */
    public boolean isConnected(String name) {
        return active(name).isPresent();
    }

    /**
     * Hands an open connection to {@code onReady} on the UI thread, connecting first in a job when needed.
     * A connection whose password is not saved asks for it once per session. Errors are reported and
     * {@code onReady} is not called.
     *
     * @param owner a control whose disposal drops the outcome, or {@code null}
     */
    public void connect(String name, Control owner, Consumer<ActiveConnection> onReady) {
        connect(name, owner, onReady, () -> { });
    }

    /**
     * As {@link #connect(String, Control, Consumer)}, and calls {@code onFailure} on the UI thread when the
     * connection cannot be opened, the password prompt is cancelled or the job is cancelled, so callers can
     * leave their waiting state.
     */
    public void connect(String name, Control owner, Consumer<ActiveConnection> onReady, Runnable onFailure) {
        Optional<ActiveConnection> open = active(name);
        if (open.isPresent()) {
            onReady.accept(open.get());
            return;
        }
        ConnectionSettings settings;
        try {
            settings = velocity.connections().get(name);
        } catch (VelocityException e) {
            ErrorReporter.report("Connecting to '" + name + "'", e);
            onFailure.run();
            return;
        }
        char[] password = sessionPasswords.get(name);
        if (password == null && needsPassword(settings)) {
            password = askPassword(owner != null ? owner.getShell() : Display.getDefault().getActiveShell(), settings);
            if (password == null) {
                onFailure.run();
                return;
            }
        }
        char[] given = password;
        OperationJob.of(new ConnectOperation(velocity.manager(), settings, given))
                .owner(owner)
                .onSuccess(connection -> {
                    if (given != null) {
                        sessionPasswords.put(name, given);
                    }
                    listeners.forEach(l -> l.changed(name, Change.CONNECTED));
                    onReady.accept(connection);
                })
                .onFailure(e -> onFailure.run())
                .schedule();
    }

    /** Closes a connection in a job, unless a guard keeps it open; editors using it show the change. */
    public void disconnect(String name) {
        if (!mayClose(name, "Disconnecting '" + name + "'", () -> disconnect(name))) {
            return;
        }
        OperationJob.of(new DisconnectOperation(velocity.manager(), name))
                .onSuccess(closed -> listeners.forEach(l -> l.changed(name, Change.DISCONNECTED)))
                .schedule();
    }

    /** Forgets a password typed this session, e.g. after the connection was edited. */
    public void forgetPassword(String name) {
        sessionPasswords.remove(name);
    }

    private boolean needsPassword(ConnectionSettings settings) {
        if (settings.savePassword()) {
            return false;
        }
        return velocity.dialects().all().stream().filter(d -> d.id().equals(settings.dialect()))
                .noneMatch(d -> d.fileBased());
    }

    private static char[] askPassword(Shell shell, ConnectionSettings settings) {
        String prompt = "Password for " + (settings.user() == null ? "the connection" : "user '" + settings.user() + "'")
                + " on '" + settings.name() + "' (kept in memory until Velocity exits):";
        InputDialog dialog = new InputDialog(shell, "Connect to " + settings.name(), prompt, "", null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
            }

            @Override
            protected Control createDialogArea(org.eclipse.swt.widgets.Composite parent) {
                Control area = super.createDialogArea(parent);
                Text text = getText();
                VelocityUi.name(text, "connect.password");
                return area;
            }
        };
        if (dialog.open() != IDialogConstants.OK_ID) {
            return null;
        }
        return dialog.getValue().toCharArray();
    }
}
