package velocity.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Control;

import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.core.metadata.TableSchema;
import velocity.core.operations.GetTableSchemaOperation;
import velocity.core.operations.VelocityOperation;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;
import velocity.ui.editors.EditorTabContext;

/** The context one table editor gives its tabs; it also reads the table's structure once for all of them. */
final class TableEditorContext implements EditorTabContext {

    private final String connectionName;
    private final TableRef requested;
    private final Control owner;
    private final List<Consumer<TableSchema>> waiting = new ArrayList<>();
    private final Set<OperationJob<?>> running = ConcurrentHashMap.newKeySet();
    private Runnable onDirtyChanged = () -> { };
    private TableSchema schema;
    private String dialect;

    TableEditorContext(String connectionName, TableRef table, Control owner) {
        this.connectionName = connectionName;
        this.requested = table;
        this.owner = owner;
    }

    @Override
    public String connectionName() {
        return connectionName;
    }

    @Override
    public TableRef table() {
        return schema != null ? schema.table().ref() : requested;
    }

    @Override
    public TableSchema schema() {
        return schema;
    }

    /** The id of the connection's dialect, known once connected. */
    String dialect() {
        return dialect;
    }

    @Override
    public void whenSchemaLoaded(Consumer<TableSchema> onLoaded) {
        if (schema != null) {
            onLoaded.accept(schema);
        } else {
            waiting.add(onLoaded);
        }
    }

    @Override
    public void connect(Consumer<ActiveConnection> onReady) {
        VelocityUi.connections().connect(connectionName, owner, connection -> {
            dialect = connection.descriptor().id();
            onReady.accept(connection);
        });
    }

    @Override
    public <T> void run(Function<ActiveConnection, VelocityOperation<T>> operation, Consumer<T> onSuccess,
            Consumer<VelocityException> onFailure) {
        VelocityUi.connections().connect(connectionName, owner, connection -> {
            dialect = connection.descriptor().id();
            OperationJob<T> job = OperationJob.of(operation.apply(connection)).owner(owner).onSuccess(onSuccess)
                    .onFailure(onFailure);
            running.add(job);
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent event) {
                    running.remove(job);
                }
            });
            job.schedule();
        }, () -> onFailure.accept(new VelocityException(ErrorKind.CONNECTION_REFUSED,
                "Not connected to '" + connectionName + "'; reopen the editor or refresh to try again.")));
    }

    @Override
    public Control owner() {
        return owner;
    }

    @Override
    public void dirtyChanged() {
        onDirtyChanged.run();
    }

    /** What the editor does when a tab's dirty state changes. */
    void onDirtyChanged(Runnable action) {
        onDirtyChanged = action;
    }

    /** Reads the structure in a job and hands it to everyone waiting; failures go to {@code onFailure}. */
    void loadSchema(Consumer<VelocityException> onFailure) {
        run(connection -> new GetTableSchemaOperation(connection, requested), loaded -> {
            schema = loaded;
            List<Consumer<TableSchema>> callbacks = new ArrayList<>(waiting);
            waiting.clear();
            callbacks.forEach(c -> c.accept(loaded));
        }, onFailure);
    }

    /** Cancels the jobs still running for the editor, which is closing. */
    void dispose() {
        running.forEach(OperationJob::cancel);
        running.clear();
        waiting.clear();
    }
}
