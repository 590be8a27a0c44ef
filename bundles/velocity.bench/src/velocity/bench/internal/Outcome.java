package velocity.bench.internal;

import java.util.List;

/**
 * What the bench got from one database.
 *
 * @param database the target id
 * @param server the server's product name and version, or {@code null} when it was not reached
 * @param figures the measurements, empty when skipped or failed
 * @param skipped why the database was not measured (unreachable, no dialect), or {@code null}
 * @param failed why measuring failed part way, or {@code null}
 */
record Outcome(String database, String server, List<Figure> figures, String skipped, String failed) {

    static Outcome skipped(String database, String reason) {
        return new Outcome(database, null, List.of(), reason, null);
    }

    static Outcome failed(String database, String server, List<Figure> figures, String reason) {
        return new Outcome(database, server, figures, null, reason);
    }
}
