package velocity.dialect.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import velocity.core.spi.SqlSession;

/**
 * Runs one catalog query over the tables and views of a schema, one row per object, the details coming from
 * pragma table-valued functions. A single object whose definition no longer compiles (a view over a dropped
 * table, a virtual table whose module is not loaded) makes its pragma, and so the whole statement, fail. Rather
 * than losing the schema, the scan goes in rowid order, so the failing object is the one after the last row
 * read; once the same query for that object alone confirms it, the scan resumes after it and the object is left
 * without details. A healthy schema takes one query.
 */
final class SchemaScan {

    /** Reads the row of the object named {@code object}; the row's own columns start at 3. */
    @FunctionalInterface
    interface RowReader {
        void read(String object, ResultSet row) throws SQLException;
    }

    /** Where the schema's quoted name goes in a query: a table's schema cannot be a bound parameter. */
    static final String SCHEMA = "{schema}";

    /**
     * The objects scanned, aliased {@code m}: tables and views except SQLite's own. Parameter 1 is the schema
     * name, for the pragma functions' schema argument; parameter 2 the one object wanted, or NULL; parameter 3
     * the rowid to resume after.
     */
    private static final String OBJECTS = " FROM " + SCHEMA + ".sqlite_schema m"
            + " WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            + " AND (?2 IS NULL OR m.name = ?2) AND m.rowid > ?3 ORDER BY m.rowid";

    private static final String NEXT_OBJECT = "SELECT m.rowid, m.name" + OBJECTS + " LIMIT 1";

    private static final int SQLITE_ERROR = 1;

    private SchemaScan() {
    }

    /** {@code SELECT m.rowid, m.name, <details>} over the objects, in rowid order. */
    static String query(String details) {
        return "SELECT m.rowid, m.name, " + details + OBJECTS;
    }

    static String withSchema(String sql, String schema) {
        return sql.replace(SCHEMA, SqliteSyntax.INSTANCE.quote(schema));
    }

    /** Runs {@code sql}, made by {@link #query(String)}, and passes every row to {@code reader}. */
    static void run(SqlSession session, String schema, String table, String sql, RowReader reader)
            throws SQLException {
        String schemaSql = withSchema(sql, schema);
        long after = Long.MIN_VALUE;
        while (true) {
            try (PreparedStatement statement = session.prepare(schemaSql)) {
                bind(statement, schema, table, after);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        after = rows.getLong(1);
                        reader.read(rows.getString(2), rows);
                    }
                }
                return;
            } catch (SQLException e) {
                Long broken = isObjectError(e) && !session.monitor().isCancelled()
                        ? brokenObject(session, schema, table, after, schemaSql)
                        : null;
                if (broken == null) {
                    throw e;
                }
                after = broken;
            }
        }
    }

    private static boolean isObjectError(SQLException e) {
        return (e.getErrorCode() & 0xff) == SQLITE_ERROR;
    }

    /**
     * The rowid of the object after {@code after} when the scan fails on that object alone, or {@code null} when
     * the failure has another cause and must not be hidden.
     */
    private static Long brokenObject(SqlSession session, String schema, String table, long after, String schemaSql)
            throws SQLException {
        long rowid;
        String name;
        try (PreparedStatement statement = session.prepare(withSchema(NEXT_OBJECT, schema))) {
            bind(statement, schema, table, after);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                rowid = rows.getLong(1);
                name = rows.getString(2);
            }
        }
        try (PreparedStatement probe = session.prepare(schemaSql)) {
            bind(probe, schema, name, after);
            try (ResultSet rows = probe.executeQuery()) {
                rows.next();
            }
            return null;
        } catch (SQLException e) {
            return isObjectError(e) ? rowid : null;
        }
    }

    private static void bind(PreparedStatement statement, String schema, String table, long after)
            throws SQLException {
        statement.setString(1, schema);
        statement.setString(2, table);
        statement.setLong(3, after);
    }
}
