package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import velocity.core.spi.SqlSession;

/**
 * The column names of tables outside the scope being read, by attribute number: what a foreign key to
 * another schema, or from the one table being read, needs. All of them come in one query.
 */
final class AttributeNames {

    private static final String SQL = """
            SELECT a.attrelid, a.attnum, a.attname
            FROM pg_catalog.pg_attribute a
            WHERE a.attrelid = ANY (?::pg_catalog.oid[]) AND a.attnum > 0 AND NOT a.attisdropped""";

    private final Map<Long, Map<Integer, String>> byRelation = new HashMap<>();

    private AttributeNames() {
    }

    /** Reads the columns of the given relations (by oid); no query when there are none. */
    static AttributeNames read(SqlSession session, Set<Long> relations) throws SQLException {
        AttributeNames names = new AttributeNames();
        if (relations.isEmpty()) {
            return names;
        }
        try (PreparedStatement statement = CatalogStatements.prepare(session, SQL)) {
            statement.setArray(1, session.connection().createArrayOf("int8", relations.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.byRelation.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2),
                            rs.getString(3));
                }
            }
        }
        return names;
    }

    /** The names of the given columns of a relation, in order. */
    List<String> names(long relation, int[] attnums) {
        Map<Integer, String> columns = byRelation.getOrDefault(relation, Map.of());
        List<String> names = new ArrayList<>(attnums.length);
        for (int attnum : attnums) {
            names.add(nameOrNumber(columns.get(attnum), attnum));
        }
        return names;
    }

    /**
     * A column's name, or {@code #n} for attribute number n when it has none: only system columns could be
     * missing, and no key or index of PostgreSQL 12 or later can use one.
     */
    static String nameOrNumber(String name, int attnum) {
        return name != null ? name : "#" + attnum;
    }
}
