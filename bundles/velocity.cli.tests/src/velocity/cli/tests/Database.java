package velocity.cli.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One test database as the command line reaches it: commands run with its connection options. */
final class Database {

    /**
     * Two tables of unique names made through the command line itself, dropped on close: {@code parent}
     * (five rows, a descending index) and {@code child} (a foreign key to it).
     */
    final class Tables implements AutoCloseable {
        private final String parent;
        private final String child;

        private Tables(String id) {
            this.parent = "cli_" + id;
            this.child = "cli_" + id + "_child";
        }

        String parent() {
            return parent;
        }

        String child() {
            return child;
        }

        @Override
        public void close() {
            sql("DROP TABLE IF EXISTS " + child).expect(0);
            sql("DROP TABLE IF EXISTS " + parent).expect(0);
        }
    }

    private final Cli cli;
    private final TestServer server;
    private final Path dir;

    /** Skips the test (or fails it, see {@link TestServer}) when the server does not answer. */
    Database(Cli cli, TestServer server, Path dir) {
        server.assumeReachable();
        this.cli = cli;
        this.server = server;
        this.dir = dir;
    }

    /** Runs a command against the database: the command and its options, then the connection options. */
    Cli.Result run(String... commandAndOptions) {
        List<String> args = new ArrayList<>(List.of(commandAndOptions));
        args.addAll(server.connection(dir));
        return cli.run(args, server.stdin());
    }

    /** Runs SQL with {@code velocity query}, plus any options. */
    Cli.Result sql(String sql, String... options) {
        List<String> args = new ArrayList<>(List.of("query", "--sql", sql));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    /** Creates both tables and the parent's rows. */
    Tables createTables() {
        Tables t = new Tables(UUID.randomUUID().toString().replace("-", "").substring(0, 10));
        String parent = t.parent();
        sql("CREATE TABLE " + parent + " (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, amount DECIMAL(10,2), "
                + "note VARCHAR(200))").expect(0);
        sql("CREATE INDEX " + parent + "_name ON " + parent + " (name DESC, id)").expect(0);
        sql("CREATE TABLE " + t.child() + " (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL, CONSTRAINT " + t.child()
                + "_fk FOREIGN KEY (parent_id) REFERENCES " + parent + " (id) ON DELETE CASCADE)").expect(0);
        sql("INSERT INTO " + parent + " (id, name, amount, note) VALUES (1, 'alpha', 10.50, NULL), "
                + "(2, 'b,\"c\"', 2.00, 'two'), (3, 'gamma', 3.25, ''), (4, 'delta', NULL, 'four'), (5, 'epsilon', 5, 'x')")
                .expect(0);
        return t;
    }
}
