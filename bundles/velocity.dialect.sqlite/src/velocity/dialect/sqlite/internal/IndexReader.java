package velocity.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.IndexInfo.IndexColumn;

/**
 * A table's indexes, from {@code pragma_index_list} and {@code pragma_index_xinfo}. Only key columns are kept:
 * xinfo also lists the rowid or primary key columns that SQLite appends to every index entry. Expression parts
 * have no name in the pragma; their text is cut from the index's CREATE statement, which is read only for
 * indexes that have such parts.
 */
final class IndexReader {

    private static final int ROWID_COLUMN = -1;
    private static final int EXPRESSION_COLUMN = -2;
    private static final String ROWID = "rowid";
    private static final String PRIMARY_KEY_ORIGIN = "pk";

    /**
     * The indexes of the object {@code m} as a JSON array: name, unique, origin and an array of parts (column
     * number, column name, descending, and the CREATE statement for an expression part). A subquery's JSON loses
     * its JSON type on the way out, so {@code json()} restores it to nest as an array, not as a string.
     */
    static final String INDEXES = "(SELECT json_group_array(json_array(il.name, il.\"unique\", il.origin,"
            + " json((SELECT json_group_array(json_array(ix.cid, ix.name, ix.\"desc\", CASE WHEN ix.cid = "
            + EXPRESSION_COLUMN + " THEN (SELECT s.sql FROM " + SchemaScan.SCHEMA
            + ".sqlite_schema s WHERE s.type = 'index' AND s.name = il.name) END) ORDER BY ix.seqno)"
            + " FROM pragma_index_xinfo(il.name, ?1) ix WHERE ix.key = 1))))"
            + " FROM pragma_index_list(m.name, ?1) il)";

    private IndexReader() {
    }

    /** The indexes in {@link #INDEXES}' JSON, ordered by name. */
    static List<IndexInfo> decode(String json) {
        List<Object> rows = JsonArrays.parse(json);
        List<IndexInfo> indexes = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = JsonArrays.array(rows, i);
            List<Object> parts = JsonArrays.array(row, 3);
            List<IndexColumn> columns = new ArrayList<>(parts.size());
            for (int p = 0; p < parts.size(); p++) {
                List<Object> part = JsonArrays.array(parts, p);
                columns.add(new IndexColumn(partName(part, p), JsonArrays.integer(part, 2) != 0));
            }
            indexes.add(new IndexInfo(JsonArrays.string(row, 0), JsonArrays.integer(row, 1) != 0,
                    PRIMARY_KEY_ORIGIN.equals(JsonArrays.string(row, 2)), columns));
        }
        if (indexes.size() > 1) {
            indexes.sort(Comparator.comparing(IndexInfo::name));
        }
        return indexes;
    }

    private static String partName(List<Object> part, int position) {
        return switch (JsonArrays.integer(part, 0)) {
            case ROWID_COLUMN -> ROWID;
            case EXPRESSION_COLUMN -> IndexExpressions.part(JsonArrays.string(part, 3), position);
            default -> JsonArrays.string(part, 1);
        };
    }
}
