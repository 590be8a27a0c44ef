package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import velocity.core.metadata.ColumnInfo;
import velocity.core.spi.SqlSession;

/**
 * Reads the columns of every table of a scope in one query. A domain column is described by its domain's
 * base type and modifier (the column itself has none), and a domain's NOT NULL makes it not nullable.
 * <p>
 * Two choices keep the query fast on thousands of tables. Defaults are deparsed without their table
 * ({@code pg_get_expr(adbin, 0)}), since a default cannot refer to a column, and deparsing with the table
 * opens it (a lock and a relation cache lookup per table, a third of the query's time): only generated
 * columns, whose expressions do refer to columns, pay that. And the rows are not sorted by the server,
 * whose sort of 40,000 wide rows spills to disk; {@link TableParts} orders each table's few columns instead.
 */
final class ColumnLoader implements TablePartLoader {

    private static final String SQL = """
            SELECT c.relname, a.attname, a.attnum,
                pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_name,
                COALESCE(b.typname, t.typname) AS base_type,
                COALESCE(b.typcategory, t.typcategory) AS category,
                CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod,
                a.attnotnull OR (t.typtype = 'd' AND t.typnotnull) AS not_null,
                pg_catalog.pg_get_expr(ad.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE ad.adrelid END)
                    AS default_value,
                a.attidentity, a.attgenerated, d.description
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_type b ON t.typtype = 'd' AND b.oid = t.typbasetype
            LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = a.attrelid
                AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = a.attnum
            WHERE n.nspname = ? AND c.relkind IN ('r', 'v', 'm', 'f', 'p') /*table*/
                AND a.attnum > 0 AND NOT a.attisdropped""";

    /** Identity columns: {@code a} for GENERATED ALWAYS, {@code d} for BY DEFAULT, empty for none. */
    private static final String NO_IDENTITY = "";

    /** {@code s} marks a stored generated column, the only kind PostgreSQL 15 has. */
    private static final String NOT_GENERATED = "";

    /** serial and bigserial are sugar for this default on an owned sequence. */
    private static final String SEQUENCE_DEFAULT = "nextval(";

    @Override
    public void load(SqlSession session, RelationScope scope, Map<String, TableParts> tables) throws SQLException {
        try (PreparedStatement statement = scope.prepare(session, SQL); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                TableParts table = tables.get(rs.getString(1));
                if (table != null) {
                    table.addColumn(column(rs));
                }
            }
        }
    }

    /** The column, with its attribute number as position until {@link TableParts} numbers the columns. */
    private static ColumnInfo column(ResultSet rs) throws SQLException {
        String baseType = rs.getString(5);
        TypeModifier modifier = TypeModifier.decode(baseType, rs.getInt(7));
        // A generated column's expression is kept as its default: the record has no field of its own for it.
        String defaultValue = rs.getString(9);
        boolean identity = !NO_IDENTITY.equals(rs.getString(10));
        boolean generated = !NOT_GENERATED.equals(rs.getString(11));
        boolean sequence = !generated && defaultValue != null && defaultValue.startsWith(SEQUENCE_DEFAULT);
        return new ColumnInfo(rs.getString(2), rs.getInt(3), rs.getString(4), JdbcTypes.of(baseType, category(rs)),
                modifier.length(), modifier.precision(), modifier.scale(), !rs.getBoolean(8), defaultValue,
                identity || sequence, generated, rs.getString(12));
    }

    private static char category(ResultSet rs) throws SQLException {
        String category = rs.getString(6);
        return category == null || category.isEmpty() ? ' ' : category.charAt(0);
    }
}
