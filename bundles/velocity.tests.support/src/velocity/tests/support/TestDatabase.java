package velocity.tests.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import velocity.core.ConnectionSettings;

/**
 * The databases every test runs against. Server coordinates come from the environment (see the README);
 * a server that does not answer skips the test with a message naming it, unless
 * {@code VELOCITY_REQUIRE_SERVERS=1}, when it fails the test instead.
 */
public enum TestDatabase {

    POSTGRESQL("postgresql", "VELOCITY_PG", "jdbc:postgresql://127.0.0.1:5432/test", "postgres"),
    MYSQL("mysql", "VELOCITY_MYSQL", "jdbc:mysql://127.0.0.1:3306/test", "root"),
    SQLITE("sqlite", null, null, null);

    private static final Pattern HOST_PORT = Pattern.compile("//([^:/?]+):(\\d+)");
    private static final Map<TestDatabase, Boolean> REACHABLE = new ConcurrentHashMap<>();

    private final String dialect;
    private final String variablePrefix;
    private final String defaultUrl;
    private final String defaultUser;

    TestDatabase(String dialect, String variablePrefix, String defaultUrl, String defaultUser) {
        this.dialect = dialect;
        this.variablePrefix = variablePrefix;
        this.defaultUrl = defaultUrl;
        this.defaultUser = defaultUser;
    }

    public String dialect() {
        return dialect;
    }

    public boolean isServer() {
        return variablePrefix != null;
    }

    /** The JDBC URL; SQLite databases are files in {@code dir}. */
    public String url(Path dir) {
        return isServer() ? env("_URL", defaultUrl) : "jdbc:sqlite:" + dir.resolve("velocity-test.db");
    }

    public String user() {
        return isServer() ? env("_USER", defaultUser) : null;
    }

    /** The password, or {@code null} when none is configured. */
    public char[] password() {
        String p = isServer() ? env("_PASSWORD", "") : "";
        return p.isEmpty() ? null : p.toCharArray();
    }

    /** Settings for a connection named {@code name}. */
    public ConnectionSettings settings(String name, Path dir) {
        return ConnectionSettings.builder(name, dialect).url(url(dir)).user(user()).build();
    }

    /** Settings by host, port and database, for the tests that change one of them. */
    public ConnectionSettings.Builder hostSettings(String name, Path dir) {
        if (!isServer()) {
            return ConnectionSettings.builder(name, dialect).database(dir.resolve("velocity-test.db").toString());
        }
        Matcher m = HOST_PORT.matcher(url(dir));
        Assertions.assertTrue(m.find(), "host and port in " + url(dir));
        String database = url(dir).replaceAll("^.*//[^/]+/([^?]*).*$", "$1");
        return ConnectionSettings.builder(name, dialect).host(m.group(1)).port(Integer.parseInt(m.group(2)))
                .database(database).user(user()).connectTimeoutSeconds(5);
    }

    /** Skips (or fails, when servers are required) a test whose server does not answer. */
    public void assumeReachable() {
        if (!isServer()) {
            return;
        }
        String url = url(Path.of("."));
        boolean reachable = REACHABLE.computeIfAbsent(this, d -> probe(url));
        if (!reachable) {
            String message = dialect + " server at " + url + " does not answer; set " + variablePrefix
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
