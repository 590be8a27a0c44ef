package velocity.ui.search.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.statushandlers.StatusManager;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.operations.IndexCatalogOperation;
import velocity.core.operations.IndexSavedQueriesOperation;
import velocity.core.search.SearchIndex;
import velocity.ui.Connections;
import velocity.ui.ErrorReporter;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;

/**
 * Keeps the index in step with the connections: a connection's catalog is read in a background job when it
 * connects and when the navigator refreshes it, and dropped when the connection is deleted. The favorites and
 * the history are read again in a background job whenever the dialog opens (a few milliseconds of reading). A disconnected
 * connection keeps its entries (the dialog does not search them) so that they are back at once on reconnect.
 */
public final class IndexMaintainer implements Connections.Listener {

    private static final IndexMaintainer INSTANCE = new IndexMaintainer();

    private final SearchIndex index = new SearchIndex();
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();

    private IndexMaintainer() {
    }

    /** The one maintainer of the workbench. */
    public static IndexMaintainer instance() {
        return INSTANCE;
    }

    public SearchIndex index() {
        return index;
    }

    /** Starts listening, once, and indexes the connections already open; any thread. */
    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Connections connections = VelocityUi.connections();
        connections.addListener(this);
        refreshSavedQueries();
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            try {
                for (ConnectionSettings settings : connections.saved()) {
                    if (connections.isConnected(settings.name())) {
                        refresh(settings.name());
                    }
                }
            } catch (VelocityException e) {
                log("Listing the saved connections for Open Anything", e);
            }
        });
    }

    @Override
    public void changed(String connectionName, Connections.Change change) {
        switch (change) {
            case CONNECTED, REFRESHED -> refresh(connectionName);
            case DELETED -> {
                Job running = jobs.remove(connectionName);
                if (running != null) {
                    running.cancel();
                }
                index.remove(SearchIndex.catalogSource(connectionName));
                fireChanged();
            }
            default -> {
            }
        }
    }

    /** Whether a connection's catalog is being read; UI thread. */
    boolean isIndexing(String connectionName) {
        return jobs.containsKey(connectionName);
    }

    /** Called on the UI thread whenever the index changed or a refresh ended. */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Reads a connection's catalog again, cancelling a refresh of it still running; UI thread. */
    void refresh(String connectionName) {
        ActiveConnection connection = VelocityUi.connections().active(connectionName).orElse(null);
        if (connection == null) {
            return;
        }
        Job previous = jobs.remove(connectionName);
        if (previous != null) {
            previous.cancel();
        }
        OperationJob<Integer> job = OperationJob.of(new IndexCatalogOperation(connection, index, null));
        job.reportErrors(false)
                .onSuccess(count -> finished(connectionName, job))
                .onFailure(e -> {
                    finished(connectionName, job);
                    if (e.kind() != ErrorKind.CANCELLED) {
                        log("Indexing '" + connectionName + "' for Open Anything", e);
                    }
                });
        job.setPriority(Job.DECORATE);
        jobs.put(connectionName, job);
        job.schedule();
        fireChanged();
    }

    /** Reads the favorites and the history into the index again; any thread. */
    void refreshSavedQueries() {
        Velocity velocity = VelocityUi.velocity();
        OperationJob<Integer> job = OperationJob.of(
                new IndexSavedQueriesOperation(velocity.favorites(), velocity.history(), index));
        job.reportErrors(false)
                .onSuccess(count -> fireChanged())
                .onFailure(e -> log("Indexing the favorites and the history for Open Anything", e));
        job.setSystem(true);
        job.schedule();
    }

    private void finished(String connectionName, Job job) {
        jobs.remove(connectionName, job);
        fireChanged();
    }

    private void fireChanged() {
        listeners.forEach(Runnable::run);
    }

    /** A background refresh that fails is logged, not shown: the user did not ask for it. */
    private static void log(String what, Throwable e) {
        StatusManager.getManager().handle(ErrorReporter.status(what, e), StatusManager.LOG);
    }
}
