package velocity.core.tests;

import velocity.tests.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.UUID;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.spi.SqlSyntax;

/**
 * A connection to one test database with a schema of its own (a PostgreSQL schema, a MySQL database, the
 * main database of a fresh SQLite file), dropped with everything in it when the sandbox closes.
 */
public final class Sandbox implements AutoCloseable {

    private final Velocity velocity;
    private final TestDatabase database;
    private final ActiveConnection connection;
    private final String schema;

    private Sandbox(Velocity velocity, TestDatabase database, ActiveConnection connection, String schema) {
        this.velocity = velocity;
        this.database = database;
        this.connection = connection;
        this.schema = schema;
    }

    /** Connects to the database and creates the schema. */
    public static Sandbox open(Velocity velocity, TestDatabase database, Path dir) throws VelocityException {
        database.assumeReachable();
        String name = database.dialect() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ActiveConnection connection = velocity.manager().connect(database.settings(name, dir), database.password(),
                Monitor.create());
        String schema = database.isServer() ? "velocity_test_" + UUID.randomUUID().toString().substring(0, 8) : "main";
        Sandbox sandbox = new Sandbox(velocity, database, connection, schema);
        if (database.isServer()) {
            sandbox.execute("CREATE " + (database == TestDatabase.MYSQL ? "DATABASE " : "SCHEMA ") + sandbox.quote(schema));
        }
        return sandbox;
    }

    public TestDatabase database() {
        return database;
    }

    /** The sandbox's connection, opened again if a test disconnected it. */
    public ActiveConnection connection() throws VelocityException {
        return velocity.manager().connect(connection.settings(), database.password(), Monitor.create());
    }

    /** The sandbox's schema, as the catalog names it. */
    public String schema() {
        return schema;
    }

    public String quote(String identifier) {
        return syntax().quote(identifier);
    }

    /** {@code schema.table}, quoted. */
    public String table(String name) {
        return syntax().qualify(schema, name);
    }

    public SqlSyntax syntax() {
        return connection.dialect().syntax();
    }

    /** Runs statements in autocommit mode; {@code %s} in them stands for the quoted schema. */
    public void execute(String... statements) throws VelocityException {
        connection().withSession(Monitor.create(), "Preparing the test", false, session -> {
            try (Statement s = session.connection().createStatement()) {
                for (String sql : statements) {
                    s.execute(sql.replace("%s", quote(schema)));
                }
            }
            return null;
        });
    }

    @Override
    public void close() throws VelocityException {
        try {
            if (database.isServer()) {
                execute("DROP " + (database == TestDatabase.MYSQL ? "DATABASE " : "SCHEMA ") + quote(schema)
                        + (database == TestDatabase.MYSQL ? "" : " CASCADE"));
            }
        } finally {
            velocity.manager().disconnect(connection.name());
        }
    }
}
