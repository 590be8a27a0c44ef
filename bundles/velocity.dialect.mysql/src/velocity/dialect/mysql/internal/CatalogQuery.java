package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import velocity.core.spi.SqlSession;

/**
 * One bulk {@code information_schema} query in two spellings: for a whole schema, and for one table of it.
 * The table variant compares the name with a constant rather than {@code (? IS NULL OR ...)}: MySQL and
 * MariaDB then open only that table's definition instead of every table of the schema.
 *
 * @param schemaSql the query with one parameter, the schema
 * @param tableSql the query with two parameters, the schema and the table
 */
record CatalogQuery(String schemaSql, String tableSql) {

    /**
     * @param selectWhereSchema {@code SELECT ... FROM ... WHERE <schema column> = ?}
     * @param tableColumn the column holding the table name
     */
    static CatalogQuery of(String selectWhereSchema, String tableColumn) {
        return new CatalogQuery(selectWhereSchema, selectWhereSchema + " AND " + tableColumn + " = ?");
    }

    /** The same query, sorted by the server. */
    CatalogQuery orderBy(String orderBy) {
        return new CatalogQuery(schemaSql + " ORDER BY " + orderBy, tableSql + " ORDER BY " + orderBy);
    }

    /** Prepares the query through the session (so a cancel stops it) with its parameters bound. */
    PreparedStatement prepare(SqlSession session, String schema, String table) throws SQLException {
        PreparedStatement statement = session.prepare(table == null ? schemaSql : tableSql);
        try {
            statement.setString(1, schema);
            if (table != null) {
                statement.setString(2, table);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
