package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.metadata.TableKind;
import velocity.core.metadata.ViewInfo;
import velocity.core.spi.SqlSession;

/**
 * Lists a schema's views and materialized views in one query, with {@code pg_get_viewdef} when asked: the
 * server's own rendering of the query, pretty-printed. {@code pg_views} would miss the materialized ones.
 */
final class ViewLister {

    private static final String SQL = """
            SELECT c.relname, c.relkind, d.description,
                CASE WHEN ? THEN pg_catalog.pg_get_viewdef(c.oid, true) END
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid
                AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
            WHERE n.nspname = ? AND c.relkind IN ('v', 'm')
            ORDER BY c.relname""";

    List<ViewInfo> list(SqlSession session, String schema, boolean definitions) throws SQLException {
        List<ViewInfo> views = new ArrayList<>();
        try (PreparedStatement statement = CatalogStatements.prepare(session, SQL)) {
            statement.setBoolean(1, definitions);
            statement.setString(2, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    TableKind kind = "m".equals(rs.getString(2)) ? TableKind.MATERIALIZED_VIEW : TableKind.VIEW;
                    views.add(new ViewInfo(schema, rs.getString(1), kind, rs.getString(3), rs.getString(4)));
                }
            }
        }
        return views;
    }
}
