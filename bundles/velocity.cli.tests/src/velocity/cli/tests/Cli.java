package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import velocity.cli.internal.CommandLine;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityHome;

/**
 * Runs the command line in-process, as {@code velocity} would, against a Velocity of a temporary home with
 * the dialects the extension registry contributes, and captures what it writes.
 */
final class Cli implements AutoCloseable {

    /** What one run wrote and returned. */
    record Result(int exit, String out, String err) {

        List<String> outLines() {
            return lines(out);
        }

        List<String> errLines() {
            return lines(err);
        }

        /** Fails with both streams in the message unless the exit code is the one expected. */
        Result expect(int code) {
            assertEquals(code, exit, () -> "exit code; stdout:\n" + out + "\nstderr:\n" + err);
            return this;
        }

        private static List<String> lines(String text) {
            List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
            if (lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        }
    }

    private final Velocity velocity;
    private final CommandLine commandLine;

    Cli(Path home) {
        this(home, new CommandLine());
    }

    Cli(Path home, CommandLine commandLine) {
        this.velocity = Velocity.open(new VelocityHome(home), null, (create, problem) -> "test-master-Pa55".toCharArray());
        this.commandLine = commandLine;
        if (velocity.dialects().all().size() < 3) {
            throw new IllegalStateException("Expected the PostgreSQL, MySQL and SQLite dialects in the test runtime, found "
                    + velocity.dialects().all());
        }
    }

    Velocity velocity() {
        return velocity;
    }

    /** Runs a command with empty standard input. */
    Result run(String... args) {
        return run(List.of(args), "");
    }

    /** Runs a command with the given standard input. */
    Result run(List<String> args, String stdin) {
        return run(args, stdin, Monitor.create());
    }

    /** Runs a command with the given standard input and a monitor that stands for the user's Ctrl+C. */
    Result run(List<String> args, String stdin, Monitor monitor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = commandLine.run(args.toArray(String[]::new),
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e, velocity, monitor);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Arguments joined: a command, then lists of options. */
    @SafeVarargs
    static List<String> args(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    @Override
    public void close() {
        velocity.close();
    }
}
