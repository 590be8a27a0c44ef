package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.spi.SqlSession;

/**
 * Reads foreign keys with two bulk queries, their columns from {@code KEY_COLUMN_USAGE} and their rules from
 * {@code REFERENTIAL_CONSTRAINTS}, matched here: joined in SQL, MariaDB rereads the second view for every block
 * of rows. Connector/J's {@code getImportedKeys} refuses a null table, so it would cost a round trip per table.
 */
final class ForeignKeyReader {

    private static final String NO_ACTION = "NO ACTION";

    /** @return the foreign keys by exact table name, each table's in name order */
    Map<String, List<ForeignKeyInfo>> read(SqlSession session, String schema, String table) throws SQLException {
        Map<ConstraintId, Rules> rules = readRules(session, schema, table);
        Map<ConstraintId, List<Part>> parts = new HashMap<>();
        try (PreparedStatement statement = CatalogSql.FOREIGN_KEY_COLUMNS.prepare(session, schema, table);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (schema.equals(rs.getString("TABLE_SCHEMA"))) {
                    ConstraintId id = new ConstraintId(rs.getString("TABLE_NAME"), rs.getString("CONSTRAINT_NAME"));
                    parts.computeIfAbsent(id, k -> new ArrayList<>()).add(new Part(rs.getInt("ORDINAL_POSITION"),
                            rs.getString("COLUMN_NAME"), rs.getString("REFERENCED_TABLE_SCHEMA"),
                            rs.getString("REFERENCED_TABLE_NAME"), rs.getString("REFERENCED_COLUMN_NAME")));
                }
            }
        }
        Map<String, List<ForeignKeyInfo>> byTable = new HashMap<>();
        parts.forEach((id, columns) -> byTable.computeIfAbsent(id.table(), k -> new ArrayList<>())
                .add(foreignKey(id.name(), columns, rules.getOrDefault(id, Rules.DEFAULT))));
        byTable.values().forEach(fks -> fks.sort(Comparator.comparing(ForeignKeyInfo::name, CatalogText.NAME_ORDER)));
        return byTable;
    }

    private static Map<ConstraintId, Rules> readRules(SqlSession session, String schema, String table)
            throws SQLException {
        Map<ConstraintId, Rules> rules = new HashMap<>();
        try (PreparedStatement statement = CatalogSql.FOREIGN_KEY_RULES.prepare(session, schema, table);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (schema.equals(rs.getString("CONSTRAINT_SCHEMA"))) {
                    rules.put(new ConstraintId(rs.getString("TABLE_NAME"), rs.getString("CONSTRAINT_NAME")),
                            new Rules(rule(rs.getString("UPDATE_RULE")), rule(rs.getString("DELETE_RULE"))));
                }
            }
        }
        return rules;
    }

    private static ForeignKeyInfo foreignKey(String name, List<Part> parts, Rules rules) {
        List<Part> ordered = parts.stream().sorted(Comparator.comparingInt(Part::position)).toList();
        Part first = ordered.get(0);
        return new ForeignKeyInfo(name, ordered.stream().map(Part::column).toList(), first.referencedSchema(),
                first.referencedTable(), ordered.stream().map(Part::referencedColumn).toList(), rules.onUpdate(),
                rules.onDelete());
    }

    /** The servers already spell rules as the SPI does; a missing rule is the SQL default. */
    private static String rule(String text) {
        return text == null ? NO_ACTION : text.toUpperCase(Locale.ROOT);
    }

    /** Foreign key names are unique per table (per schema in InnoDB). */
    private record ConstraintId(String table, String name) {
    }

    private record Rules(String onUpdate, String onDelete) {
        static final Rules DEFAULT = new Rules(NO_ACTION, NO_ACTION);
    }

    /** One row of {@code KEY_COLUMN_USAGE}: a column of a foreign key. */
    private record Part(int position, String column, String referencedSchema, String referencedTable,
            String referencedColumn) {
    }
}
