package velocity.core.metadata;

import java.util.List;

/**
 * The structure of one table: what get_table_schema answers.
 *
 * @param table the table
 * @param columns its columns in ordinal order
 * @param primaryKey its primary key, or {@code null}
 * @param foreignKeys its foreign keys, by name
 * @param indexes its indexes, by name
 */
public record TableSchema(TableInfo table, List<ColumnInfo> columns, PrimaryKeyInfo primaryKey,
        List<ForeignKeyInfo> foreignKeys, List<IndexInfo> indexes) {

    public TableSchema {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }
}
