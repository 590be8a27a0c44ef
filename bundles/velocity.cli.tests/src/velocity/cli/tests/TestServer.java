package velocity.cli.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the commands are tested on. Server coordinates come from the environment
 * ({@code VELOCITY_PG_URL}, {@code _USER}, {@code _PASSWORD}, and the same with {@code VELOCITY_MYSQL_});
 * a server that does not answer skips the test with a message naming its URL, unless
 * {@code VELOCITY_REQUIRE_SERVERS=1}, when it fails the test instead. SQLite needs no server.
 */
enum TestServer {

    SQLITE(null, null, null, "main"),
    POSTGRESQL("VELOCITY_PG", "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "public"),
    MYSQL("VELOCITY_MYSQL", "jdbc:mysql://127.0.0.1:3306/test", "root", null);

    private static final Pattern HOST_PORT = Pattern.compile("//([^:/?]+):(\\d+)");
    private static final Map<TestServer, Boolean> REACHABLE = new ConcurrentHashMap<>();

    private final String variablePrefix;
    private final String defaultUrl;
    private final String defaultUser;
    private final String defaultSchema;

    TestServer(String variablePrefix, String defaultUrl, String defaultUser, String defaultSchema) {
        this.variablePrefix = variablePrefix;
        this.defaultUrl = defaultUrl;
        this.defaultUser = defaultUser;
        this.defaultSchema = defaultSchema;
    }

    boolean isServer() {
        return variablePrefix != null;
    }

    /** The JDBC URL; an SQLite database is a file in {@code dir}. */
    String url(Path dir) {
        return isServer() ? env("_URL", defaultUrl) : "jdbc:sqlite:" + dir.resolve("cli-test.db");
    }

    /** The user, or {@code null} for SQLite. */
    String user() {
        return isServer() ? env("_USER", defaultUser) : null;
    }

    /** The password; empty when none is configured. */
    String password() {
        return isServer() ? env("_PASSWORD", "") : "";
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

    /** Skips (or fails, when servers are required) a test whose server does not answer. */
    void assumeReachable() {
        if (!isServer()) {
            return;
        }
        String url = url(Path.of("."));
        if (!REACHABLE.computeIfAbsent(this, s -> probe(url))) {
            String message = name() + " server at " + url + " does not answer; set " + variablePrefix
                    + "_URL to test against another one.";
            if ("1".equals(System.getenv("VELOCITY_REQUIRE_SERVERS"))) {
                Assertions.fail(message + " (VELOCITY_REQUIRE_SERVERS=1)");
            }
            Assumptions.abort(message);
        }
    }

    private static boolean probe(String url) {
        Matcher m = HOST_PORT.matcher(url);
        if (!m.find()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String env(String suffix, String fallback) {
        String value = System.getenv(variablePrefix + suffix);
        return value == null || value.isBlank() ? fallback : value;
    }
}
