package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.cli.internal.CommandDescriptor;
import velocity.cli.internal.CommandLine;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/** Dispatch, help, usage errors and the command registry, without a database. */
class CommandLineTest extends CliTest {

    private static final List<String> BUILT_IN = List.of("connections", "test-connection", "databases", "tables",
            "functions", "views", "search", "schema", "query", "script", "rows", "edit", "export", "sample", "history",
            "favorites", "keychain");

    @Test
    void helpListsEveryCommandWithItsSummaryAndTheCommonOptions() {
        Cli.Result result = cli.run("--help").expect(0);
        assertEquals("", result.err());
        for (String name : BUILT_IN) {
            assertTrue(result.out().contains("\n  " + name + " "), name + " in\n" + result.out());
        }
        assertTrue(result.out().contains("Run SQL and stream its results"), result.out());
        for (String option : List.of("--connection NAME", "--url JDBC-URL", "--user USER", "--password-stdin", "--format")) {
            assertTrue(result.out().contains(option), option);
        }
        assertEquals(result.out(), cli.run("help").expect(0).out());
        assertEquals(result.out(), cli.run("-h").expect(0).out());
    }

    @Test
    void theRegistryListsTheBuiltInCommandsInTheirOrder() {
        List<String> names = new CommandLine().commands().all().stream().map(CommandDescriptor::name).toList();
        assertEquals(BUILT_IN, names.subList(0, BUILT_IN.size()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "connections", "test-connection", "databases", "tables", "functions", "views", "search",
            "schema", "query", "script", "rows", "edit", "export", "sample", "history", "favorites", "keychain" })
    void everyCommandHasHelpWithUsageOptionsAndAnExample(String name) {
        String help = cli.run(name, "--help").expect(0).out();
        assertTrue(help.startsWith("Usage: velocity " + name), help);
        assertTrue(help.contains("Example"), help);
        assertEquals(help, cli.run("help", name).expect(0).out());
        assertEquals(help, cli.run(name, "--format", "json", "-h").expect(0).out());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result result = cli.run("frobnicate", "--sql", "x").expect(2);
        assertEquals(List.of("velocity: unknown command 'frobnicate'. See 'velocity --help'."), result.errLines());
        assertEquals("", result.out());
        cli.run("help", "frobnicate").expect(2);
        assertEquals(List.of("velocity: no command given. See 'velocity --help'."), cli.run().expect(2).errLines());
    }

    @Test
    void wrongArgumentsAreUsageErrorsThatPointToTheCommandsHelp() {
        String sqlite = "jdbc:sqlite:" + dir.resolve("x.db");
        assertEquals(List.of("velocity: missing --table. See 'velocity schema --help'."),
                cli.run("schema", "--url", sqlite).expect(2).errLines());
        assertEquals(List.of("velocity: missing --table. See 'velocity rows --help'."),
                cli.run("rows", "--url", sqlite).expect(2).errLines());
        assertUsage(cli.run("query", "--sql", "SELECT 1"), "--connection NAME or --url", "query");
        assertUsage(cli.run("query", "--url", sqlite, "--connection", "a", "--sql", "SELECT 1"), "not both", "query");
        assertUsage(cli.run("tables", "--url", sqlite, "--format", "xml"), "--format is table, json or csv", "tables");
        assertUsage(cli.run("rows", "--url", sqlite, "--table", "t", "--page", "0"), "--page must be at least 1", "rows");
        assertUsage(cli.run("query", "--url", sqlite, "--max-rows", "many"), "--max-rows takes a whole number", "query");
        assertUsage(cli.run("tables", "--url", sqlite, "--bogus"), "unknown option --bogus", "tables");
        assertUsage(cli.run("query", "--url", sqlite, "--sql"), "--sql needs a value", "query");
        assertUsage(cli.run("query", "--url", sqlite, "--sql", " "), "no SQL to run", "query");
        assertUsage(cli.run("connections", "rename", "a"), "unknown action 'rename'", "connections");
    }

    @Test
    void aPasswordIsNeverTakenFromTheArguments() {
        Cli.Result result = cli.run("query", "--url", "jdbc:postgresql://127.0.0.1/test", "--password", "secret",
                "--sql", "SELECT 1");
        assertUsage(result.expect(2), "--password-stdin", "query");
        assertFalse(result.err().contains("secret"), result.err());
    }

    @Test
    void anUnknownDialectUrlFailsInOneLine() {
        Cli.Result result = cli.run("tables", "--url", "jdbc:oracle:thin:@db:1521:x").expect(1);
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("velocity: No installed dialect accepts the URL 'jdbc:oracle:thin:@db:1521:x'"),
                result.err());
    }

    @Test
    void givenCommandsAreCreatedOnFirstUseAndBrokenContributionsAreLeftOut() {
        AtomicInteger created = new AtomicInteger();
        Supplier<Command> echo = () -> {
            created.incrementAndGet();
            return command((context, args) -> {
                context.out().println(String.join("|", args));
                return 0;
            });
        };
        CommandLine commandLine = new CommandLine(List.of(
                new CommandDescriptor("echo", "Print the arguments", 5, "test", echo),
                new CommandDescriptor("echo", "A second echo", 1, "other", echo),
                new CommandDescriptor("Bad Name", "Not a name", 2, "test", echo),
                new CommandDescriptor("help", "Taken", 3, "test", echo),
                new CommandDescriptor("fail", "Fail", CommandDescriptor.NO_ORDER, "test", () -> command((c, a) -> {
                    throw new VelocityException(ErrorKind.OTHER, "It failed.\nReally.");
                })),
                new CommandDescriptor("misuse", "Misuse", 7, "test", () -> command((c, a) -> {
                    throw new UsageException("missing --thing.");
                })),
                new CommandDescriptor("bug", "Bug", 8, "test", () -> command((c, a) -> {
                    throw new IllegalStateException("broken");
                }))));
        assertEquals(List.of("echo", "misuse", "bug", "fail"),
                commandLine.commands().all().stream().map(CommandDescriptor::name).toList());
        try (Cli custom = new Cli(dir.resolve("custom"), commandLine)) {
            assertTrue(custom.run("--help").expect(0).out().contains("Print the arguments"));
            assertEquals(0, created.get(), "listing commands creates none");
            assertEquals("a|--b|c\n", custom.run("echo", "a", "--b", "c").expect(0).out());
            assertEquals(1, created.get());
            assertEquals(List.of("velocity: It failed. Really."), custom.run("fail").expect(1).errLines());
            assertEquals(List.of("velocity: missing --thing. See 'velocity misuse --help'."),
                    custom.run("misuse").expect(2).errLines());
            Cli.Result bug = custom.run("bug").expect(1);
            assertTrue(bug.errLines().get(0).contains("broken"), bug.err());
            if (!"1".equals(System.getenv("VELOCITY_DEBUG"))) {
                assertEquals(1, bug.errLines().size(), "no stack trace unless VELOCITY_DEBUG=1: " + bug.err());
            }
        }
    }

    private static void assertUsage(Cli.Result result, String problem, String command) {
        result.expect(2);
        assertEquals(1, result.errLines().size(), result.err());
        String line = result.errLines().get(0);
        assertTrue(line.startsWith("velocity: ") && line.contains(problem), line);
        assertTrue(line.endsWith(". See 'velocity " + command + " --help'."), line);
        assertEquals("", result.out());
    }

    /** The body of a test command. */
    @FunctionalInterface
    private interface Body {
        int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException;
    }

    private static Command command(Body body) {
        return new Command() {
            @Override
            public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
                return body.run(context, arguments);
            }

            @Override
            public String help() {
                return "Usage: velocity test\n";
            }
        };
    }
}
