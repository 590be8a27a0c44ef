package velocity.bench.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The datasets on PostgreSQL: schemas velocity_bench and velocity_bench_meta, rows from generate_series. */
final class PostgresDatasets extends ServerDatasets {

    PostgresDatasets() {
        super("postgresql", "SCHEMA");
    }

    @Override
    ColumnTypes types() {
        return new ColumnTypes("bigint", "integer", "bigint", "numeric(12,2)", "text", "varchar(64)", "timestamp",
                "boolean", "date", "double precision", "uuid", "jsonb");
    }

    @Override
    boolean dataTableExists(Connection connection, String table) throws SQLException {
        return queryLong(connection, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = ? AND tablename = ?",
                DATA_SCHEMA, table) > 0;
    }

    @Override
    int metaTableCount(Connection connection) throws SQLException {
        return (int) queryLong(connection, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = ? AND tablename ~ ?",
                META_SCHEMA, "^t[0-9]{4}$");
    }

    /** Every nullable column is NULL on a different tenth of the rows. */
    @Override
    String generateRows() {
        return """
                SELECT i,
                  CASE WHEN i % 10 <> 1 THEN (i * 7919 % 2000000 - 1000000)::integer END,
                  CASE WHEN i % 10 <> 2 THEN i * 104729 END,
                  CASE WHEN i % 10 <> 3 THEN round((i % 100000) * 1.37, 2) END,
                  CASE WHEN i % 10 <> 4 THEN 'Row ' || i || ', with "quotes", commas, and it''s quoted' END,
                  CASE WHEN i % 10 <> 5 THEN 'item_' || (i % 5000) || '_' || substr(md5(i::text), 1, 16) END,
                  CASE WHEN i % 10 <> 6 THEN timestamp '2020-01-01 00:00:00' + i * interval '37 seconds' END,
                  CASE WHEN i % 10 <> 7 THEN i % 3 = 0 END,
                  CASE WHEN i % 10 <> 8 THEN date '2000-01-01' + (i % 9000)::integer END,
                  CASE WHEN i % 10 <> 9 THEN i / 7.0::double precision END,
                  CASE WHEN i % 10 <> 0 THEN md5('u' || i)::uuid END,
                  CASE WHEN i / 10 % 10 <> 0 THEN jsonb_build_object('id', i, 'tag', 't' || (i % 50),
                    'even', i % 2 = 0) END
                FROM generate_series(1::bigint, 1000000) AS i""";
    }

    @Override
    void analyze(Connection connection) throws SQLException {
        // VACUUM also sets the hint bits and the visibility map, so the first timed scan does not write them.
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM ANALYZE " + dataTable(ROWS_TABLE));
            s.execute("VACUUM ANALYZE " + dataTable(ROWS_10K_TABLE));
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
