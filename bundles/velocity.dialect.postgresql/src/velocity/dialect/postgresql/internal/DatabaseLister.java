package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.metadata.DatabaseInfo;
import velocity.core.spi.SqlSession;

/**
 * Lists the databases of the server and the schemas of the current one: a PostgreSQL connection cannot see
 * into another database's catalog. Templates and databases that refuse connections are left out, as are
 * the system schemas (TOAST storage, other sessions' temporary schemas, the catalog itself).
 */
final class DatabaseLister {

    private static final String DATABASES_SQL = """
            SELECT datname, datname = pg_catalog.current_database()
            FROM pg_catalog.pg_database
            WHERE NOT datistemplate AND datallowconn
            ORDER BY datname""";

    private static final String SCHEMAS_SQL = """
            SELECT nspname
            FROM pg_catalog.pg_namespace
            WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                AND nspname !~ '^pg_(toast_)?temp_'
            ORDER BY nspname""";

    private static final String CURRENT_SCHEMA_SQL = "SELECT pg_catalog.current_schema()";

    List<DatabaseInfo> databases(SqlSession session) throws SQLException {
        List<String> schemas = strings(session, SCHEMAS_SQL);
        List<DatabaseInfo> databases = new ArrayList<>();
        try (PreparedStatement statement = CatalogStatements.prepare(session, DATABASES_SQL);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                boolean current = rs.getBoolean(2);
                databases.add(new DatabaseInfo(rs.getString(1), current ? schemas : List.of(), current));
            }
        }
        return databases;
    }

    /** {@code current_schema()}: the first schema of the search path that exists, or {@code null}. */
    String defaultSchema(SqlSession session) throws SQLException {
        List<String> schema = strings(session, CURRENT_SCHEMA_SQL);
        return schema.isEmpty() ? null : schema.get(0);
    }

    private static List<String> strings(SqlSession session, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = CatalogStatements.prepare(session, sql);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}
