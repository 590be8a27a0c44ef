package velocity.dialect.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.spi.SqlSession;

/**
 * A table's foreign keys, from {@code pragma_foreign_key_list}. SQLite keeps no constraint names there, so keys
 * are unnamed. A key declared without referenced columns means the referenced table's primary key, which the
 * query looks up. The referenced table comes as the DDL spelled it and is mapped to its catalog name: from the
 * listing when the whole schema is read, with one more query when a single table is.
 */
final class ForeignKeyReader {

    /** A key as SQLite describes it, its referenced table as written. */
    record RawKey(String referencedTable, List<String> columns, List<String> referencedColumns, String onUpdate,
            String onDelete) {
    }

    /** The keys of the object {@code m} as a JSON array with one array per key column, in key order. */
    static final String FOREIGN_KEYS = "(SELECT json_group_array(json_array(f.id, f.\"table\", f.\"from\","
            + " coalesce(f.\"to\", (SELECT p.name FROM pragma_table_xinfo(f.\"table\", ?1) p WHERE p.pk = f.seq + 1)),"
            + " f.on_update, f.on_delete) ORDER BY f.id, f.seq) FROM pragma_foreign_key_list(m.name, ?1) f)";

    /** Completed with one placeholder per name; the IN list compares with the collation of its left side. */
    private static final String TABLES_NAMED = "SELECT name FROM " + SchemaScan.SCHEMA
            + ".sqlite_schema WHERE type = 'table' AND name COLLATE NOCASE IN (";

    private ForeignKeyReader() {
    }

    /**
     * The keys in {@link #FOREIGN_KEYS}' JSON, in declaration order: SQLite numbers a table's keys from the last
     * declared one.
     */
    static List<RawKey> decode(String json) {
        List<Object> rows = JsonArrays.parse(json);
        Map<Integer, RawKey> byId = new TreeMap<>(Collections.reverseOrder());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = JsonArrays.array(rows, i);
            RawKey key = byId.computeIfAbsent(JsonArrays.integer(row, 0), id -> new RawKey(JsonArrays.string(row, 1),
                    new ArrayList<>(), new ArrayList<>(), JsonArrays.string(row, 4), JsonArrays.string(row, 5)));
            key.columns().add(JsonArrays.string(row, 2));
            key.referencedColumns().add(JsonArrays.string(row, 3));
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * Adds to {@code names} the catalog names of the {@code written} references it does not know: when one table
     * is read, the listing holds only that table.
     */
    static void lookUp(SqlSession session, String schema, Set<String> written, TableNames names)
            throws SQLException {
        if (written.isEmpty()) {
            return;
        }
        String sql = SchemaScan.withSchema(TABLES_NAMED, schema)
                + String.join(", ", Collections.nCopies(written.size(), "?")) + ")";
        try (PreparedStatement statement = session.prepare(sql)) {
            int index = 1;
            for (String name : written) {
                statement.setString(index++, name);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
    }

    /**
     * A key that names no columns and references a missing table, or one without a primary key, references
     * nothing SQLite could enforce: its referenced columns are left empty rather than invented.
     */
    static List<ForeignKeyInfo> toInfos(String schema, Collection<RawKey> keys, TableNames names) {
        List<ForeignKeyInfo> infos = new ArrayList<>(keys.size());
        for (RawKey key : keys) {
            List<String> referenced = key.referencedColumns().contains(null) ? List.of() : key.referencedColumns();
            infos.add(new ForeignKeyInfo(null, key.columns(), schema, names.canonical(key.referencedTable()),
                    referenced, key.onUpdate(), key.onDelete()));
        }
        return infos;
    }
}
