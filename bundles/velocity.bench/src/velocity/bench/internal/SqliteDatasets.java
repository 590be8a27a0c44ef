package velocity.bench.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The datasets on SQLite: the row tables in the data file's main database, the 5,000 tables in a file of
 * their own. Rows come from a recursive CTE; SQLite has no md5, so the uuid and hex strings are made with
 * printf from multiplicative hashes.
 */
final class SqliteDatasets extends SqlDatasets {

    SqliteDatasets() {
        super("sqlite");
    }

    /** INTEGER PRIMARY KEY: the id becomes the rowid, as a bigint key would be without a second b-tree. */
    @Override
    ColumnTypes types() {
        return new ColumnTypes("INTEGER", "INTEGER", "BIGINT", "NUMERIC(12,2)", "TEXT", "VARCHAR(64)", "TIMESTAMP",
                "BOOLEAN", "DATE", "DOUBLE", "CHAR(36)", "TEXT");
    }

    /** The files are the databases: opening them created them. */
    @Override
    void createSchemas(Connection connection) {
    }

    @Override
    String dataTable(String table) {
        return "main." + table;
    }

    @Override
    String metaTable(String table) {
        return table;
    }

    @Override
    boolean dataTableExists(Connection connection, String table) throws SQLException {
        return queryLong(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table) > 0;
    }

    @Override
    int metaTableCount(Connection connection) throws SQLException {
        return (int) queryLong(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name GLOB ?",
                "t[0-9][0-9][0-9][0-9]");
    }

    /** The driver runs only the first statement of a multi-statement string; a batch runs them all. */
    @Override
    void executeAll(Statement statement, List<String> sql) throws SQLException {
        for (String s : sql) {
            statement.addBatch(s);
        }
        statement.executeBatch();
    }

    @Override
    String generateRows() {
        return """
                WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < 1000000)
                SELECT i,
                  CASE WHEN i % 10 <> 1 THEN i * 7919 % 2000000 - 1000000 END,
                  CASE WHEN i % 10 <> 2 THEN i * 104729 END,
                  CASE WHEN i % 10 <> 3 THEN round((i % 100000) * 1.37, 2) END,
                  CASE WHEN i % 10 <> 4 THEN 'Row ' || i || ', with "quotes", commas, and it''s quoted' END,
                  CASE WHEN i % 10 <> 5 THEN 'item_' || (i % 5000) || '_'
                    || printf('%08x%08x', i * 2654435761 % 4294967296, i * 40503 % 4294967296) END,
                  CASE WHEN i % 10 <> 6 THEN datetime(1577836800 + i * 37, 'unixepoch') END,
                  CASE WHEN i % 10 <> 7 THEN i % 3 = 0 END,
                  CASE WHEN i % 10 <> 8 THEN date(946684800 + (i % 9000) * 86400, 'unixepoch') END,
                  CASE WHEN i % 10 <> 9 THEN i / 7.0 END,
                  CASE WHEN i % 10 <> 0 THEN printf('%08x-%04x-%04x-%04x-%012x', i * 2654435761 % 4294967296,
                    i * 40503 % 65536, i * 9973 % 65536, i * 7919 % 65536, i * 1099511628211 % 281474976710656) END,
                  CASE WHEN i / 10 % 10 <> 0 THEN json_object('id', i, 'tag', 't' || (i % 50), 'even',
                    json(CASE WHEN i % 2 = 0 THEN 'true' ELSE 'false' END)) END
                FROM g""";
    }

    /** A full scan needs no statistics; ANALYZE would only spend a second reading the table. */
    @Override
    void analyze(Connection connection) {
    }
}
