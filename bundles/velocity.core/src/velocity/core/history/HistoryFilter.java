package velocity.core.history;

/**
 * Which history entries to list, newest first.
 *
 * @param text text the SQL or the error message must contain (case-insensitive), or {@code null} for any
 * @param connection the connection name the entries must have, or {@code null} for any
 * @param outcome which outcomes to keep
 * @param limit the most entries to return
 */
public record HistoryFilter(String text, String connection, Outcome outcome, int limit) {

    /** The default limit. */
    public static final int DEFAULT_LIMIT = 100;

    /** Which entries to keep by how the statement ended. */
    public enum Outcome {
        /** Every entry. */
        ANY,
        /** Statements that succeeded. */
        SUCCEEDED,
        /** Statements that failed or were cancelled. */
        FAILED
    }

    public HistoryFilter {
        if (limit <= 0) {
            throw new IllegalArgumentException("The limit must be positive: " + limit);
        }
        text = text == null || text.isBlank() ? null : text;
        connection = connection == null || connection.isBlank() ? null : connection;
        outcome = outcome == null ? Outcome.ANY : outcome;
    }

    /** The newest entries, up to the default limit. */
    public static HistoryFilter all() {
        return new HistoryFilter(null, null, Outcome.ANY, DEFAULT_LIMIT);
    }

    /** This filter with a search text. */
    public HistoryFilter withText(String value) {
        return new HistoryFilter(value, connection, outcome, limit);
    }

    /** This filter for one connection. */
    public HistoryFilter withConnection(String value) {
        return new HistoryFilter(text, value, outcome, limit);
    }

    /** This filter for one outcome. */
    public HistoryFilter withOutcome(Outcome value) {
        return new HistoryFilter(text, connection, value, limit);
    }

    /** This filter with another limit. */
    public HistoryFilter withLimit(int value) {
        return new HistoryFilter(text, connection, outcome, value);
    }

    /** Whether an entry passes the filter (the limit aside). */
    public boolean matches(HistoryEntry entry) {
        if (connection != null && !connection.equals(entry.connection())) {
            return false;
        }
        if (outcome == Outcome.SUCCEEDED && !entry.succeeded() || outcome == Outcome.FAILED && entry.succeeded()) {
            return false;
        }
        if (text == null) {
            return true;
        }
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        return entry.sql().toLowerCase(java.util.Locale.ROOT).contains(needle)
                || entry.error() != null && entry.error().toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
