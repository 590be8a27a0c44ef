package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import velocity.core.VelocityException;

/** {@code velocity connections}: saving, listing, copying and removing connections, and using them. */
class ConnectionsCommandTest extends CliTest {

    @Test
    void addListRemoveKeepsThePasswordOutOfTheConnectionsFile() throws Exception {
        String password = "pw-" + UUID.randomUUID();
        Path db = dir.resolve("shop.db");
        Cli.Result added = cli.run(List.of("connections", "add", "shop", "--dialect", "sqlite", "--file", db.toString(),
                "--user", "clerk", "--password-stdin", "--save-password", "--property", "busy_timeout=3000"),
                password + "\n").expect(0);
        assertEquals("", added.out());
        assertTrue(added.err().contains("Saved connection 'shop'"), added.err());

        String file = Files.readString(cli.velocity().connections().file());
        assertTrue(file.contains("\"shop\"") && file.contains("busy_timeout"), file);
        assertFalse(file.contains(password), "the password is not in connections.json:\n" + file);
        assertArrayEquals(password.toCharArray(), cli.velocity().secrets().get("shop"));

        Cli.Result list = cli.run("connections").expect(0);
        assertEquals(List.of("name", "dialect", "target", "user"), List.of(list.outLines().get(0).split("\\s+")));
        assertTrue(list.outLines().get(2).matches("shop\\s+sqlite\\s+\\S*shop\\.db\\s+clerk"), list.out());
        assertFalse(list.out().contains(password));
        assertEquals(list.out(), cli.run("connections", "list").expect(0).out());

        JsonArray json = JsonParser.parseString(cli.run("connections", "--format", "json").expect(0).out()).getAsJsonArray();
        JsonObject shop = json.get(0).getAsJsonObject();
        assertEquals("shop", shop.get("name").getAsString());
        assertEquals("sqlite", shop.get("dialect").getAsString());
        assertEquals("clerk", shop.get("user").getAsString());
        assertFalse(json.toString().contains(password));

        cli.run("query", "--connection", "shop", "--sql", "CREATE TABLE t (id INTEGER PRIMARY KEY)").expect(0);
        assertTrue(Files.exists(db), "the saved connection reached the file it names");

        Cli.Result removed = cli.run("connections", "remove", "shop").expect(0);
        assertTrue(removed.err().contains("Removed connection 'shop'"), removed.err());
        assertNull(cli.velocity().secrets().get("shop"), "the password went with the connection");
        assertEquals(2, cli.run("connections").expect(0).outLines().size(), "header and rule only");
        assertEquals("name,dialect,target,user\r\n", cli.run("connections", "--format", "csv").expect(0).out());
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void aSavedConnectionConnectsWithItsSavedPassword(TestServer server) throws Exception {
        server.assumeReachable();
        List<String> add = Cli.args(List.of("connections", "add", "saved", "--url", server.url(dir)),
                server.user() == null ? List.of() : List.of("--user", server.user()),
                List.of("--password-stdin", "--save-password", "--connect-timeout", "5"));
        cli.run(add, server.password() + "\n").expect(0);
        assertEquals(5, cli.velocity().connections().get("saved").connectTimeoutSeconds());

        Cli.Result test = cli.run("test-connection", "--connection", "saved", "--format", "json").expect(0);
        assertTrue(JsonParser.parseString(test.out()).getAsJsonObject().has("server_version"), test.out());
        Cli.Result query = cli.run("query", "--connection", "saved", "--sql", "SELECT 7 AS seven", "--format", "csv");
        assertEquals(List.of("seven", "7"), query.expect(0).outLines());
        if (!server.password().isEmpty()) {
            assertFalse(Files.readString(cli.velocity().connections().file()).contains(server.password()));
        }
    }

    @Test
    void duplicateCopiesTheConnectionAndItsPassword() throws VelocityException {
        cli.run(List.of("connections", "add", "a", "--url", "jdbc:sqlite:" + dir.resolve("a.db"), "--password-stdin",
                "--save-password"), "pw\n").expect(0);
        assertEquals("a (copy)\n", cli.run("connections", "duplicate", "a").expect(0).out());
        assertEquals("b\n", cli.run("connections", "duplicate", "a", "b").expect(0).out());
        assertArrayEquals("pw".toCharArray(), cli.velocity().secrets().get("b"));
        Cli.Result again = cli.run("connections", "duplicate", "a", "b").expect(1);
        assertEquals(List.of("velocity: A connection named 'b' exists already."), again.errLines());
        List<String> names = cli.run("connections", "--format", "csv").expect(0).outLines().stream()
                .skip(1).map(line -> line.split(",")[0]).toList();
        assertEquals(List.of("a", "a (copy)", "b"), names);
    }

    @Test
    void aCorruptConnectionsFileIsSetAsideWithAWarning() throws Exception {
        Files.createDirectories(cli.velocity().connections().file().getParent());
        Files.writeString(cli.velocity().connections().file(), "{not json");
        Cli.Result result = cli.run("connections").expect(0);
        assertTrue(result.err().contains("velocity: warning: The connections file "), result.err());
        assertTrue(result.err().contains("It was kept unchanged as "), result.err());
        assertFalse(Files.exists(cli.velocity().connections().file()));
    }

    @Test
    void anUnknownSavedConnectionFailsInOneLine() {
        cli.run("connections", "add", "only", "--dialect", "sqlite", "--file", dir.resolve("o.db").toString()).expect(0);
        for (String command : List.of("tables", "databases", "test-connection")) {
            Cli.Result result = cli.run(command, "--connection", "nope").expect(1);
            assertEquals(List.of("velocity: No saved connection is named 'nope'. Saved: only."), result.errLines());
            assertEquals("", result.out());
        }
        assertEquals(List.of("velocity: No saved connection is named 'nope'."),
                cli.run("connections", "remove", "nope").expect(1).errLines());
    }

    @Test
    void addRejectsIncompleteOrContradictorySettings() {
        String file = dir.resolve("x.db").toString();
        assertUsage(cli.run("connections", "add", "x"), "--url JDBC-URL or --dialect ID");
        assertUsage(cli.run("connections", "add", "--dialect", "sqlite", "--file", file), "missing the NAME");
        assertUsage(cli.run("connections", "add", "x", "--dialect", "sqlite"), "missing --file");
        assertUsage(cli.run("connections", "add", "x", "--dialect", "sqlite", "--file", file, "--host", "h"),
                "--host cannot be combined");
        assertUsage(cli.run("connections", "add", "x", "--dialect", "postgresql", "--file", file), "--file is for file");
        assertUsage(cli.run("connections", "add", "x", "--url", "jdbc:sqlite:" + file, "--port", "5"), "--port cannot");
        assertUsage(cli.run("connections", "add", "x", "--dialect", "mysql", "--port", "70000"), "at most 65535");
        assertUsage(cli.run("connections", "add", "x", "--dialect", "mysql", "--property", "novalue"), "KEY=VALUE");
        assertUsage(cli.run("connections", "add", "x", "--dialect", "mysql", "--connect-timeout", "0"), "at least 1");
        assertTrue(cli.run("connections", "add", "x", "--dialect", "db2").expect(1).err().contains("No dialect 'db2'"));
        cli.run("connections", "add", "x", "--dialect", "sqlite", "--file", file).expect(0);
        assertEquals(List.of("velocity: A connection named 'x' exists already. Remove it first, or choose another name."),
                cli.run("connections", "add", "x", "--dialect", "sqlite", "--file", file).expect(1).errLines());
    }

    @Test
    void aPasswordThatIsNotToBeSavedIsNotSaved() throws VelocityException {
        Cli.Result result = cli.run(List.of("connections", "add", "p", "--dialect", "postgresql", "--database", "d",
                "--password-stdin"), "pw\n").expect(0);
        assertTrue(result.err().contains("add --save-password to keep it"), result.err());
        assertNull(cli.velocity().secrets().get("p"));
        assertEquals("postgresql://localhost/d", cli.velocity().connections().get("p").describe());
    }

    private static void assertUsage(Cli.Result result, String problem) {
        result.expect(2);
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains(problem) && result.err().contains("See 'velocity connections --help'."),
                result.err());
    }
}
