package velocity.dialect.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.spi.SqlSession;

/**
 * Lists a schema's tables and views through {@code pragma_table_list}, which takes the schema as a bound value
 * and lists nothing, rather than failing, for a schema that is not attached. Row estimates come from
 * {@code sqlite_stat1} when ANALYZE has filled it; SQLite keeps no other count short of scanning the table.
 */
final class TableLister {

    /**
     * A listed table with what SQLite's rowid rules need to know about it.
     *
     * @param stored whether it keeps its own rows (a table or a virtual table's shadow table, not a view or
     *            a virtual table)
     * @param withoutRowid whether it was created WITHOUT ROWID
     */
    record ListedTable(TableInfo info, boolean stored, boolean withoutRowid) {

        String name() {
            return info.name();
        }

        boolean rowidTable() {
            return stored && !withoutRowid;
        }
    }

    private record Row(String name, String type, boolean withoutRowid) {
    }

    /** The statistics table comes along even when one table is asked for: its presence decides the next query. */
    private static final String LIST = "SELECT name, type, wr FROM pragma_table_list"
            + " WHERE schema = ?1 AND (?2 IS NULL OR name = ?2 OR name = 'sqlite_stat1') ORDER BY name";

    /** The first number of a stat1 row is the table's row count; an index's row and the table's agree. */
    private static final String ROW_COUNTS = "SELECT tbl, max(CAST(stat AS INTEGER)) FROM " + SchemaScan.SCHEMA
            + ".sqlite_stat1 WHERE ?1 IS NULL OR tbl = ?1 GROUP BY tbl";

    private static final String INTERNAL_PREFIX = "sqlite_";
    private static final String STAT_TABLE = "sqlite_stat1";

    /** The tables and views of {@code schema}, or only {@code table} when it is not null, ordered by name. */
    List<ListedTable> list(SqlSession session, String schema, String table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        boolean analyzed = false;
        try (PreparedStatement statement = session.prepare(LIST)) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (name.toLowerCase(Locale.ROOT).startsWith(INTERNAL_PREFIX)) {
                        analyzed |= name.equals(STAT_TABLE);
                    } else {
                        rows.add(new Row(name, rs.getString(2), rs.getInt(3) != 0));
                    }
                }
            }
        }
        Map<String, Long> counts = analyzed && !rows.isEmpty() ? rowCounts(session, schema, table) : Map.of();
        List<ListedTable> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            TableInfo info = new TableInfo(schema, row.name(), kind(row.type()), null,
                    counts.getOrDefault(row.name(), -1L));
            boolean stored = "table".equals(row.type()) || "shadow".equals(row.type());
            result.add(new ListedTable(info, stored, row.withoutRowid()));
        }
        return result;
    }

    private static Map<String, Long> rowCounts(SqlSession session, String schema, String table) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement statement = session.prepare(SchemaScan.withSchema(ROW_COUNTS, schema))) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long count = rs.getLong(2);
                    if (!rs.wasNull()) {
                        counts.put(rs.getString(1), count);
                    }
                }
            }
        }
        return counts;
    }

    /** Virtual tables read like tables; shadow tables are the internal storage of a virtual one. */
    private static TableKind kind(String type) {
        return switch (type) {
            case "view" -> TableKind.VIEW;
            case "shadow" -> TableKind.SYSTEM_TABLE;
            default -> TableKind.TABLE;
        };
    }
}
