package velocity.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's columns, from {@code pragma_table_xinfo}: unlike {@code table_info} it also lists generated
 * columns, which it marks in {@code hidden}.
 */
final class ColumnReader {

    /** A column as SQLite describes it, before the rowid rules are applied to it. */
    record RawColumn(String name, String type, boolean notNull, String defaultValue, int keyPosition,
            Hidden hidden) {
    }

    /** The {@code hidden} values of {@code pragma_table_xinfo}. */
    enum Hidden {
        /** An ordinary column. */
        NONE,
        /** A virtual table's hidden column (such as FTS5's rank), which {@code SELECT *} does not return. */
        VIRTUAL_TABLE,
        /** A generated column computed when read. */
        GENERATED_VIRTUAL,
        /** A generated column computed when written. */
        GENERATED_STORED;

        static Hidden of(int code) {
            return code >= 0 && code < values().length ? values()[code] : NONE;
        }

        boolean generated() {
            return this == GENERATED_VIRTUAL || this == GENERATED_STORED;
        }
    }

    /** The columns of the object {@code m} as a JSON array of arrays, in column order. */
    static final String COLUMNS = "(SELECT json_group_array(json_array(c.name, c.type, c.\"notnull\", c.dflt_value,"
            + " c.pk, c.hidden) ORDER BY c.cid) FROM pragma_table_xinfo(m.name, ?1) c)";

    private ColumnReader() {
    }

    /** The columns in {@link #COLUMNS}' JSON, without a virtual table's hidden ones. */
    static List<RawColumn> decode(String json) {
        List<Object> rows = JsonArrays.parse(json);
        List<RawColumn> columns = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = JsonArrays.array(rows, i);
            Hidden hidden = Hidden.of(JsonArrays.integer(row, 5));
            if (hidden != Hidden.VIRTUAL_TABLE) {
                columns.add(new RawColumn(JsonArrays.string(row, 0), JsonArrays.string(row, 1),
                        JsonArrays.integer(row, 2) != 0, JsonArrays.string(row, 3), JsonArrays.integer(row, 4), hidden));
            }
        }
        return columns;
    }
}
