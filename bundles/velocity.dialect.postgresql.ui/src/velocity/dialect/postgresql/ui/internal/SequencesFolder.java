package velocity.dialect.postgresql.ui.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.ui.VelocityImages;
import velocity.ui.navigator.FolderContent;
import velocity.ui.navigator.NavigatorContext;
import velocity.ui.navigator.NavigatorItem;

/** The sequences of a PostgreSQL schema, read with one catalog query. */
public final class SequencesFolder implements FolderContent {

    // pg_sequence (PostgreSQL 10+) holds what information_schema.sequences shows only to owners.
    private static final String SQL = """
            SELECT c.relname, format_type(s.seqtypid, NULL), s.seqincrement, s.seqstart, s.seqcycle,
                   obj_description(c.oid, 'pg_class')
            FROM pg_catalog.pg_sequence s
            JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ?
            ORDER BY c.relname""";

    @Override
    public List<NavigatorItem> children(NavigatorContext context, Monitor monitor) throws VelocityException {
        String schema = context.schema();
        return context.connection().withSession(monitor, "Listing the sequences of " + schema, true, session -> {
            List<NavigatorItem> items = new ArrayList<>();
            try (PreparedStatement statement = session.prepare(SQL)) {
                statement.setString(1, schema);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        items.add(item(rs));
                    }
                }
            }
            return items;
        });
    }

    private static NavigatorItem item(ResultSet rs) throws SQLException {
        String type = rs.getString(2);
        long increment = rs.getLong(3);
        NavigatorItem item = NavigatorItem.leaf(rs.getString(1))
                .withIconKey(VelocityImages.SEQUENCE)
                .withDescription(type + ", " + (increment < 0 ? "" : "+") + increment)
                .withProperty("Data type", type)
                .withProperty("Increment", Long.toString(increment))
                .withProperty("Start", Long.toString(rs.getLong(4)))
                .withProperty("Cycles", rs.getBoolean(5) ? "yes" : "no");
        String comment = rs.getString(6);
        return comment == null ? item : item.withProperty("Comment", comment);
    }
}
