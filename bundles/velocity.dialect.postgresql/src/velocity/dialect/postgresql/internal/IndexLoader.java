package velocity.dialect.postgresql.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.IndexInfo.IndexColumn;
import velocity.core.spi.SqlSession;

/**
 * Reads the indexes of every table of a scope in one query. Key columns are named from the columns already
 * read, so that they come back exactly as spelled; only the keys of expression indexes go through
 * {@code pg_get_indexdef}, which would quote plain names. INCLUDE columns are not keys and are left out.
 * <p>
 * The per-key expressions are read only for expression indexes, over a series of constant length (an index
 * has at most 32 keys): with {@code generate_series(1, indnkeyatts)} the planner assumes 1,000 rows per
 * index and its cost estimate crosses {@code jit_above_cost}, and compiling the query then takes longer
 * than running it.
 */
final class IndexLoader implements TablePartLoader {

    private static final String SQL = """
            SELECT c.relname, i.relname, x.indisunique, x.indisprimary, x.indnkeyatts,
                x.indkey::pg_catalog.text AS keys, x.indoption::pg_catalog.text AS options,
                CASE WHEN x.indexprs IS NOT NULL THEN ARRAY(
                    SELECT pg_catalog.pg_get_indexdef(x.indexrelid, k.n, true)
                    FROM pg_catalog.generate_series(1, 32) AS k(n)
                    WHERE k.n <= x.indnkeyatts
                    ORDER BY k.n) END AS definitions
            FROM pg_catalog.pg_index x
            JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
            JOIN pg_catalog.pg_class c ON c.oid = x.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? /*table*/
            ORDER BY c.relname, i.relname""";

    /** {@code INDOPTION_DESC}: bit 0 of an {@code indoption} entry, set for descending keys. */
    private static final int DESCENDING = 1;

    /** The attribute number {@code indkey} holds for a key that is an expression. */
    private static final int EXPRESSION = 0;

    @Override
    public void load(SqlSession session, RelationScope scope, Map<String, TableParts> tables) throws SQLException {
        try (PreparedStatement statement = scope.prepare(session, SQL); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                TableParts table = tables.get(rs.getString(1));
                if (table != null) {
                    table.addIndex(new IndexInfo(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                            keys(table, rs.getInt(5), vector(rs.getString(6)), vector(rs.getString(7)),
                                    rs.getArray(8))));
                }
            }
        }
    }

    private static List<IndexColumn> keys(TableParts table, int keyCount, int[] attnums, int[] options,
            Array definitions) throws SQLException {
        List<String> expressions = definitions == null ? List.of() : SqlArrays.strings(definitions);
        List<IndexColumn> keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            String name = attnums[i] == EXPRESSION ? expressions.get(i) : table.columnName(attnums[i]);
            keys.add(new IndexColumn(name, (options[i] & DESCENDING) != 0));
        }
        return keys;
    }

    /** An {@code int2vector} in its text form: the numbers separated by spaces. */
    private static int[] vector(String text) {
        String[] parts = text.isBlank() ? new String[0] : text.strip().split(" ");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i]);
        }
        return values;
    }
}
