package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.PrimaryKeyInfo;
import velocity.core.spi.SqlSession;

/**
 * Reads the primary and foreign keys of every table of a scope in one query. Key columns come as attribute
 * numbers and are named from the columns already read, which is several times faster than joining
 * {@code pg_attribute} once per key; only a foreign key to a table outside the scope costs one more query,
 * for all such tables together.
 * <p>
 * A foreign key that references a partitioned table has a hidden clone per partition on the same table;
 * the clones are left out, while the keys a partition inherits from its parent are its own and stay.
 */
final class ConstraintLoader implements TablePartLoader {

    private static final String SQL = """
            SELECT c.relname, k.conname, k.contype, k.conkey, k.confrelid, rn.nspname, rc.relname, k.confkey,
                k.confupdtype, k.confdeltype
            FROM pg_catalog.pg_constraint k
            JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid
            LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
            LEFT JOIN pg_catalog.pg_constraint parent ON parent.oid = k.conparentid
            WHERE n.nspname = ? /*table*/ AND k.contype IN ('p', 'f')
                AND parent.conrelid IS DISTINCT FROM k.conrelid
            ORDER BY c.relname, k.conname""";

    private static final String PRIMARY_KEY = "p";

    @Override
    public void load(SqlSession session, RelationScope scope, Map<String, TableParts> tables) throws SQLException {
        List<ForeignKeyRow> foreignKeys = new ArrayList<>();
        try (PreparedStatement statement = scope.prepare(session, SQL); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                TableParts table = tables.get(rs.getString(1));
                if (table == null) {
                    continue;
                }
                List<String> columns = table.columnNames(SqlArrays.ints(rs.getArray(4)));
                if (PRIMARY_KEY.equals(rs.getString(3))) {
                    table.primaryKey(new PrimaryKeyInfo(rs.getString(2), columns));
                } else {
                    foreignKeys.add(new ForeignKeyRow(table, rs.getString(2), columns, rs.getLong(5), rs.getString(6),
                            rs.getString(7), SqlArrays.ints(rs.getArray(8)), rule(rs.getString(9)),
                            rule(rs.getString(10))));
                }
            }
        }
        addForeignKeys(session, scope, tables, foreignKeys);
    }

    /** Adds the keys in query order, once the columns of referenced tables outside the scope are known. */
    private static void addForeignKeys(SqlSession session, RelationScope scope, Map<String, TableParts> tables,
            List<ForeignKeyRow> foreignKeys) throws SQLException {
        Set<Long> outside = new HashSet<>();
        for (ForeignKeyRow key : foreignKeys) {
            if (key.referencedParts(scope, tables) == null) {
                outside.add(key.referencedOid());
            }
        }
        AttributeNames names = AttributeNames.read(session, outside);
        for (ForeignKeyRow key : foreignKeys) {
            TableParts referenced = key.referencedParts(scope, tables);
            List<String> referencedColumns = referenced != null ? referenced.columnNames(key.referencedAttnums())
                    : names.names(key.referencedOid(), key.referencedAttnums());
            key.table().addForeignKey(new ForeignKeyInfo(key.name(), key.columns(), key.referencedSchema(),
                    key.referencedTable(), referencedColumns, key.onUpdate(), key.onDelete()));
        }
    }

    /** {@code pg_constraint.confupdtype} and {@code confdeltype} spelled as in SQL. */
    private static String rule(String code) {
        return switch (code) {
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    /** A foreign key whose referenced columns may still be attribute numbers of a table not read yet. */
    private record ForeignKeyRow(TableParts table, String name, List<String> columns, long referencedOid,
            String referencedSchema, String referencedTable, int[] referencedAttnums, String onUpdate,
            String onDelete) {

        /** The referenced table's parts when it is among the tables read, else {@code null}. */
        TableParts referencedParts(RelationScope scope, Map<String, TableParts> tables) {
            return scope.schema().equals(referencedSchema) ? tables.get(referencedTable) : null;
        }
    }
}
