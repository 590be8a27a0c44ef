package velocity.core.history;

import java.time.Instant;

/**
 * One statement that was run.
 *
 * @param time when it was started
 * @param connection the name of the connection it ran on
 * @param durationMillis how long the server took to answer it, in milliseconds
 * @param rows the rows read or changed when it was recorded, -1 when unknown
 * @param moreRows whether the result had more rows than {@code rows} when it was recorded (a result read
 *        page by page is recorded after its first page)
 * @param error the error message when it failed, {@code null} when it succeeded
 * @param sql the SQL text, as it was sent
 */
public record HistoryEntry(Instant time, String connection, long durationMillis, long rows, boolean moreRows,
        String error, String sql) {

    public HistoryEntry {
        if (time == null || connection == null || sql == null) {
            throw new IllegalArgumentException("A history entry needs a time, a connection and SQL.");
        }
    }

    /** A statement that succeeded. */
    public static HistoryEntry succeeded(String connection, Instant time, long durationMillis, long rows,
            boolean moreRows, String sql) {
        return new HistoryEntry(time, connection, durationMillis, rows, moreRows, null, sql);
    }

    /** A statement that failed, or was cancelled, with the message the user saw. */
    public static HistoryEntry failed(String connection, Instant time, long durationMillis, String error, String sql) {
        return new HistoryEntry(time, connection, durationMillis, -1, false, error == null ? "failed" : error, sql);
    }

    /** Whether the statement succeeded. */
    public boolean succeeded() {
        return error == null;
    }

    /**
     * The error without the "Connection 'name' (target): " that Velocity's messages start with, for lists that
     * show the connection in a column of its own; {@code null} when the statement succeeded.
     */
    public String errorWithoutConnection() {
        if (error == null) {
            return null;
        }
        String prefix = "Connection '" + connection + "'";
        if (!error.startsWith(prefix)) {
            return error;
        }
        String rest = error.substring(prefix.length());
        int end = rest.startsWith(" (") ? rest.indexOf("): ") + 3 : rest.startsWith(": ") ? 2 : -1;
        return end > 1 && end < rest.length() ? rest.substring(end) : error;
    }

    /** The rows as a user reads them: "3", "200+" for a result read only in part, "" when unknown. */
    public String rowsText() {
        if (rows < 0) {
            return "";
        }
        return moreRows ? rows + "+" : Long.toString(rows);
    }
}
