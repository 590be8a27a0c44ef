package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import velocity.core.spi.SqlSession;

/**
 * The relations a catalog query reads: every relation of one schema, or one relation of it. The catalog
 * queries hold the marker {@link #FILTER} where the optional table condition goes, so each query is
 * written once, and the schema and table names always travel as parameters, never as SQL text.
 */
record RelationScope(String schema, String table) {

    /** Marks the place of the table condition, after the schema parameter; the relation's alias is {@code c}. */
    private static final String FILTER = "/*table*/";

    private static final String TABLE_CONDITION = " AND c.relname = ?";

    RelationScope {
        if (schema == null) {
            throw new IllegalArgumentException("A catalog read needs a schema.");
        }
    }

    /** Every relation of a schema. */
    static RelationScope schema(String schema) {
        return new RelationScope(schema, null);
    }

    /** Prepares a catalog query for this scope, with the schema (and the table, when there is one) bound. */
    PreparedStatement prepare(SqlSession session, String sql) throws SQLException {
        PreparedStatement statement = CatalogStatements.prepare(session,
                sql.replace(FILTER, table == null ? "" : TABLE_CONDITION));
        statement.setString(1, schema);
        if (table != null) {
            statement.setString(2, table);
        }
        return statement;
    }
}
