package velocity.cli.internal;

import java.io.PrintStream;

import velocity.core.VelocityException;

/**
 * Prints failures as the user should see them: one line, {@code velocity: <message>}; for SQL the server
 * located an error in, the line of SQL and a caret under the place. Stack traces only on request.
 */
final class ErrorReport {

    /** The environment variable that asks for stack traces. */
    static final String DEBUG_VARIABLE = "VELOCITY_DEBUG";

    /** How much of a long SQL line is shown on each side of the error. */
    private static final int CONTEXT = 40;

    private final PrintStream err;
    private final boolean debug;

    ErrorReport(PrintStream err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** Whether the environment asks for stack traces. */
    static boolean debugRequested() {
        return "1".equals(System.getenv(DEBUG_VARIABLE));
    }

    /** A failure of the work: its message, and where it is in the SQL when known. */
    void failure(VelocityException e) {
        err.println("velocity: " + oneLine(e.getMessage()));
        if (e instanceof SqlFailure sqlFailure) {
            caret(sqlFailure.sql(), e.position());
        }
        trace(e);
    }

    /** Wrong arguments: the problem and where help is. */
    void usage(String problem, String helpCommand) {
        String text = oneLine(problem);
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        err.println("velocity: " + text + ". See '" + helpCommand + "'.");
    }

    /**
     * A bug: something nothing expects.
     *
     * @param what what failed, e.g. "the command 'query'"
     */
    void unexpected(String what, RuntimeException e) {
        err.println("velocity: " + what + " failed unexpectedly: " + oneLine(String.valueOf(e))
                + (debug ? "" : " (set " + DEBUG_VARIABLE + "=1 for details)"));
        trace(e);
    }

    /** A warning that does not stop the command. */
    void warning(String message) {
        err.println("velocity: warning: " + oneLine(message));
    }

    private void caret(String sql, int position) {
        if (sql == null || position < 0 || position > sql.length()) {
            return;
        }
        int start = sql.lastIndexOf('\n', position - 1) + 1;
        int end = sql.indexOf('\n', position);
        String line = sql.substring(start, end < 0 ? sql.length() : end).replace('\t', ' ').replace('\r', ' ');
        int column = position - start;
        String prefix = "";
        if (line.length() > 2 * CONTEXT) {
            int from = Math.max(0, column - CONTEXT);
            int to = Math.min(line.length(), column + CONTEXT);
            prefix = from > 0 ? "..." : "";
            line = prefix + line.substring(from, to) + (to < line.length() ? "..." : "");
            column -= from;
        }
        err.println("  " + line.stripTrailing());
        err.println("  " + " ".repeat(prefix.length() + column) + "^");
    }

    private void trace(Throwable e) {
        if (debug) {
            e.printStackTrace(err);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
