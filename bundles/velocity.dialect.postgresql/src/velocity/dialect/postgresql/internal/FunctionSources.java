package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import velocity.core.metadata.FunctionInfo;
import velocity.core.spi.SqlSession;

/**
 * The {@code CREATE OR REPLACE} text of routines from {@code pg_get_functiondef}, keyed by the same signature
 * {@link FunctionLister} gives. Aggregates have no such text (the function refuses them), so they are skipped.
 * One routine is found by its name and identity arguments, as the server spells them.
 */
final class FunctionSources {

    private static final String SQL = """
            SELECT p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid) AS arguments,
                pg_catalog.pg_get_functiondef(p.oid)
            FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ? AND p.prokind <> 'a'""";

    private static final String ONE = SQL
            + " AND p.proname = ? AND pg_catalog.pg_get_function_identity_arguments(p.oid) = ?";

    Map<String, String> read(SqlSession session, String schema, FunctionInfo only) throws SQLException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (PreparedStatement statement = CatalogStatements.prepare(session,
                (only == null ? SQL : ONE) + " ORDER BY p.proname, arguments")) {
            statement.setString(1, schema);
            if (only != null) {
                statement.setString(2, only.name());
                statement.setString(3, only.arguments());
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    sources.put(rs.getString(1) + "(" + rs.getString(2) + ")", rs.getString(3));
                }
            }
        }
        return sources;
    }
}
