package velocity.bench.internal;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Creates the benchmark's data in one database when it is missing: the 1,000,000-row table
 * {@value #ROWS_TABLE}, its 10,000-row copy {@value #ROWS_10K_TABLE} and the 5,000-table schema. Every
 * step first checks what exists, so a second run does nothing and an interrupted one resumes.
 */
interface Datasets {

    String ROWS_TABLE = "bench_rows";
    String ROWS_10K_TABLE = "bench_rows_10k";
    long ROWS = 1_000_000;
    long ROWS_10K = 10_000;
    int META_TABLES = 5_000;

    /** Driver properties the creating connection needs on top of the dialect's own. */
    default Map<String, String> setupProperties() {
        return Map.of();
    }

    /** Creates {@value #ROWS_TABLE} and {@value #ROWS_10K_TABLE} in the data schema unless both are complete. */
    void ensureRows(Connection connection, PrintStream progress) throws SQLException;

    /** Creates the tables {@code t0001}..{@code t5000} of the metadata schema unless they all exist. */
    void ensureMeta(Connection connection, PrintStream progress) throws SQLException;
}
