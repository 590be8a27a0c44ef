package velocity.bench.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The datasets on MariaDB (or MySQL): databases velocity_bench and velocity_bench_meta. Rows come from
 * MariaDB's SEQUENCE engine (seq_1_to_1000000); tables are created many to a round trip.
 */
final class MariaDbDatasets extends ServerDatasets {

    MariaDbDatasets() {
        super("mysql", "DATABASE");
    }

    /** Lets one execute carry a whole batch of CREATE TABLE statements. */
    @Override
    public Map<String, String> setupProperties() {
        return Map.of("allowMultiQueries", "true");
    }

    /** DATETIME, not TIMESTAMP: MariaDB's TIMESTAMP is converted to the session's time zone and ends in 2038. */
    @Override
    ColumnTypes types() {
        return new ColumnTypes("BIGINT", "INT", "BIGINT", "DECIMAL(12,2)", "TEXT", "VARCHAR(64)", "DATETIME",
                "BOOLEAN", "DATE", "DOUBLE", "CHAR(36)", "JSON");
    }

    @Override
    boolean inlineIndex() {
        return true;
    }

    @Override
    boolean dataTableExists(Connection connection, String table) throws SQLException {
        return queryLong(connection, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND"
                + " TABLE_NAME = ?", DATA_SCHEMA, table) > 0;
    }

    @Override
    int metaTableCount(Connection connection) throws SQLException {
        return (int) queryLong(connection, "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND"
                + " TABLE_NAME REGEXP ?", META_SCHEMA, "^t[0-9]{4}$");
    }

    /**
     * The same values as on PostgreSQL. The sequence is unsigned, so it is made signed before the arithmetic
     * that goes below zero.
     */
    @Override
    String generateRows() {
        return """
                SELECT i,
                  CASE WHEN i % 10 <> 1 THEN i * 7919 % 2000000 - 1000000 END,
                  CASE WHEN i % 10 <> 2 THEN i * 104729 END,
                  CASE WHEN i % 10 <> 3 THEN ROUND((i % 100000) * 1.37, 2) END,
                  CASE WHEN i % 10 <> 4 THEN CONCAT('Row ', i, ', with "quotes", commas, and it''s quoted') END,
                  CASE WHEN i % 10 <> 5 THEN CONCAT('item_', i % 5000, '_', LEFT(MD5(i), 16)) END,
                  CASE WHEN i % 10 <> 6 THEN TIMESTAMP '2020-01-01 00:00:00' + INTERVAL (i * 37) SECOND END,
                  CASE WHEN i % 10 <> 7 THEN i % 3 = 0 END,
                  CASE WHEN i % 10 <> 8 THEN DATE '2000-01-01' + INTERVAL (i % 9000) DAY END,
                  CASE WHEN i % 10 <> 9 THEN i / 7e0 END,
                  CASE WHEN i % 10 <> 0 THEN INSERT(INSERT(INSERT(INSERT(MD5(CONCAT('u', i)), 21, 0, '-'), 17, 0, '-'),
                    13, 0, '-'), 9, 0, '-') END,
                  CASE WHEN i DIV 10 % 10 <> 0 THEN JSON_OBJECT('id', i, 'tag', CONCAT('t', i % 50), 'even',
                    JSON_EXTRACT(IF(i % 2 = 0, 'true', 'false'), '$')) END
                FROM (SELECT CAST(seq AS SIGNED) AS i FROM seq_1_to_1000000) AS g""";
    }

    @Override
    void analyze(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE TABLE " + dataTable(ROWS_TABLE) + ", " + dataTable(ROWS_10K_TABLE));
        }
    }
}
