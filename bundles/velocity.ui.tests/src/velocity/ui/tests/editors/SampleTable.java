package velocity.ui.tests.editors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.operations.ConnectOperation;
import velocity.core.operations.DisconnectOperation;
import velocity.core.operations.ExecuteQueryOperation;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.tests.support.TestDatabase;
import velocity.ui.Connections;
import velocity.ui.VelocityUi;

/**
 * A saved connection and a table of {@value #ROWS} rows made for one test, dropped afterwards. Row i has
 * {@code id} i, {@code name} "row i", {@code amount} (i * 37) % 101; {@code note} is NULL in row 2, a long
 * two-line text in row 3 and "note i" elsewhere; {@code data} holds {@link #BLOB_HEX} in row 4, NULL elsewhere.
 */
final class SampleTable implements AutoCloseable {

    static final int ROWS = 450;
    static final String BLOB_HEX = "89504E470D0A1A0A00";
    static final String LONG_NOTE = "long ".repeat(60) + "\nsecond line";

    final TestDatabase database;
    final String connection;
    final String table;
    private final Path dir;
    private final ActiveConnection setup;

    SampleTable(TestDatabase database) throws Exception {
        this.database = database;
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        this.connection = "editors-" + database.dialect() + "-" + suffix;
        this.table = "vel_grid_" + suffix;
        this.dir = Files.createTempDirectory("velocity-editors");
        Velocity velocity = VelocityUi.velocity();
        // The password (none on the test servers) is saved so that connecting never asks for it.
        ConnectionSettings settings = database.settings(connection, dir).toBuilder().savePassword(true).build();
        velocity.connections().save(settings, database.password());
        setup = new ConnectOperation(velocity.manager(), database.settings(connection + "-setup", dir),
                database.password()).run(Monitor.create());
        execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, amount INTEGER, note TEXT, "
                + "data " + blobType() + ")");
        StringBuilder insert = new StringBuilder("INSERT INTO " + table + " (id, name, amount, note, data) VALUES ");
        for (int i = 1; i <= ROWS; i++) {
            String note = i == 2 ? "NULL" : i == 3 ? "'" + LONG_NOTE + "'" : "'note " + i + "'";
            String data = i == 4 ? blob() : "NULL";
            insert.append(i == 1 ? "" : ", ").append('(').append(i).append(", 'row ").append(i).append("', ")
                    .append(amount(i)).append(", ").append(note).append(", ").append(data).append(')');
        }
        execute(insert.toString());
        VelocityUi.connections().fire(connection, Connections.Change.SAVED);
    }

    static int amount(int id) {
        return id * 37 % 101;
    }

    private String blobType() {
        return database == TestDatabase.POSTGRESQL ? "BYTEA" : "BLOB";
    }

    private String blob() {
        return database == TestDatabase.POSTGRESQL ? "decode('" + BLOB_HEX + "', 'hex')" : "X'" + BLOB_HEX + "'";
    }

    /** Runs a query on a connection of the test's own; the caller closes the execution. */
    QueryExecution query(String sql) throws VelocityException {
        return new ExecuteQueryOperation(setup, QueryRequest.of(sql)).run(Monitor.create());
    }

    private void execute(String sql) throws VelocityException {
        try (QueryExecution run = new ExecuteQueryOperation(setup, QueryRequest.of(sql)).run(Monitor.create())) {
            while (run.nextResult() != null) {
                // every result is consumed so the statement completes before the commit
            }
        }
    }

    @Override
    public void close() throws Exception {
        Velocity velocity = VelocityUi.velocity();
        try {
            execute("DROP TABLE " + table);
        } finally {
            new DisconnectOperation(velocity.manager(), setup.name()).run(Monitor.create());
            new DisconnectOperation(velocity.manager(), connection).run(Monitor.create());
            velocity.connections().delete(connection);
            VelocityUi.connections().fire(connection, Connections.Change.DELETED);
        }
    }
}
