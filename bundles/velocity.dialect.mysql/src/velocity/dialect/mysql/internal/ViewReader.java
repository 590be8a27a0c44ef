package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import velocity.core.metadata.TableKind;
import velocity.core.metadata.ViewInfo;
import velocity.core.spi.SqlSession;

/**
 * Lists a schema's views from {@code information_schema.VIEWS} in one query; the definition is the server's
 * {@code VIEW_DEFINITION} (empty for a user without the privilege to see it, given here as none).
 */
final class ViewReader {

    private static final String SQL = "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
            + " WHERE TABLE_SCHEMA = ?";

    List<ViewInfo> read(SqlSession session, String schema, boolean definitions) throws SQLException {
        List<ViewInfo> views = new ArrayList<>();
        try (PreparedStatement statement = session.prepare(SQL)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (!schema.equals(rs.getString(1))) {
                        continue;
                    }
                    String definition = definitions ? CatalogText.emptyToNull(rs.getString(3)) : null;
                    views.add(new ViewInfo(schema, rs.getString(2), TableKind.VIEW, null, definition));
                }
            }
        }
        views.sort(Comparator.comparing(ViewInfo::name, CatalogText.NAME_ORDER));
        return views;
    }
}
