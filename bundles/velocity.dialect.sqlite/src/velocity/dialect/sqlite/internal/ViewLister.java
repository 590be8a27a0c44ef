package velocity.dialect.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.metadata.TableKind;
import velocity.core.metadata.ViewInfo;
import velocity.core.spi.SqlSession;

/**
 * Lists the views of an attached database from its {@code sqlite_schema}, whose {@code sql} column is the
 * {@code CREATE VIEW} statement as it was written: SQLite keeps no other form of the definition.
 */
final class ViewLister {

    private static final String SQL = "SELECT name, sql FROM " + SchemaScan.SCHEMA
            + ".sqlite_schema WHERE type = 'view' ORDER BY name";

    List<ViewInfo> list(SqlSession session, String schema, boolean definitions) throws SQLException {
        List<ViewInfo> views = new ArrayList<>();
        try (PreparedStatement statement = session.prepare(SchemaScan.withSchema(SQL, schema));
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                views.add(new ViewInfo(schema, rs.getString(1), TableKind.VIEW, null,
                        definitions ? rs.getString(2) : null));
            }
        }
        return views;
    }
}
