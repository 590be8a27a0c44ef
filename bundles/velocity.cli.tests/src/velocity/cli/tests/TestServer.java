package velocity.cli.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import velocity.tests.support.TestDatabase;

/**
 * The databases the commands are tested on: the shared {@link TestDatabase}s, with what a command line needs
 * on top (its connection options, the password line of standard input).
 */
enum TestServer {

    SQLITE(TestDatabase.SQLITE, "main"),
    POSTGRESQL(TestDatabase.POSTGRESQL, "public"),
    MYSQL(TestDatabase.MYSQL, null);

    private final TestDatabase database;
    private final String defaultSchema;

    TestServer(TestDatabase database, String defaultSchema) {
        this.database = database;
        this.defaultSchema = defaultSchema;
    }

    boolean isServer() {
        return database.isServer();
    }

    /** The JDBC URL; an SQLite database is a file in {@code dir}. */
    String url(Path dir) {
        return database.url(dir);
    }

    /** The user, or {@code null} for SQLite. */
    String user() {
        return database.user();
    }

    /** The password; empty when none is configured. */
    String password() {
        char[] password = database.password();
        return password == null ? "" : new String(password);
    }

    /** Skips (or fails, when servers are required) a test whose server does not answer. */
    void assumeReachable() {
        database.assumeReachable();
    }

    /** The schema unqualified names resolve to: the MySQL database is the one in the URL. */
    String defaultSchema() {
        return defaultSchema != null ? defaultSchema : url(Path.of(".")).replaceAll("^.*//[^/]+/([^?]*).*$", "$1");
    }

    /** The connection options of a command: --url, --user and, with a password, --password-stdin. */
    List<String> connection(Path dir) {
        return connection(url(dir));
    }

    /** The connection options for another URL of this database. */
    List<String> connection(String url) {
        List<String> args = new ArrayList<>(List.of("--url", url));
        if (user() != null) {
            args.addAll(List.of("--user", user()));
        }
        if (!password().isEmpty()) {
            args.add("--password-stdin");
        }
        return args;
    }

    /** What standard input starts with for {@link #connection}: the password line, if any. */
    String stdin() {
        return password().isEmpty() ? "" : password() + "\n";
    }

    /** The server's URL with a port nothing listens on. */
    String urlWithDeadPort() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return url(Path.of(".")).replaceFirst("//([^:/?]+):\\d+", "//$1:" + port);
    }
}
