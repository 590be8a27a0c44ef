package velocity.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.PrimaryKeyInfo;
import velocity.core.metadata.TableSchema;
import velocity.dialect.sqlite.internal.ColumnReader.RawColumn;
import velocity.dialect.sqlite.internal.SqliteTypes.TypeInfo;
import velocity.dialect.sqlite.internal.TableLister.ListedTable;

/**
 * Puts a table's catalog rows together and applies what SQLite implies but does not report. A rowid table's
 * single-column primary key of type exactly INTEGER is the rowid itself: the database fills it, and it cannot
 * be NULL. The one exception, INTEGER PRIMARY KEY DESC, keeps a separate index, which is how it is told apart.
 * Primary key columns of a WITHOUT ROWID table are NOT NULL whether declared so or not. One assembler serves
 * one read of a schema, whose columns share a handful of declared types: each is parsed once.
 */
final class TableSchemaAssembler {

    private static final String ROWID_ALIAS_TYPE = "INTEGER";

    private final Map<String, TypeInfo> types = new HashMap<>();

    TableSchema assemble(ListedTable table, List<RawColumn> raw, List<ForeignKeyInfo> foreignKeys,
            List<IndexInfo> indexes) {
        List<RawColumn> keyColumns = keyColumns(raw);
        RawColumn rowidAlias = rowidAlias(table, keyColumns, indexes);
        List<ColumnInfo> columns = new ArrayList<>(raw.size());
        for (RawColumn column : raw) {
            boolean isRowid = column == rowidAlias;
            boolean nullable = !column.notNull() && !isRowid && !(table.withoutRowid() && column.keyPosition() > 0);
            columns.add(columnInfo(column, columns.size() + 1, nullable, isRowid));
        }
        PrimaryKeyInfo primaryKey = null;
        if (!keyColumns.isEmpty()) {
            List<String> names = new ArrayList<>(keyColumns.size());
            for (RawColumn column : keyColumns) {
                names.add(column.name());
            }
            primaryKey = new PrimaryKeyInfo(null, names);
        }
        return new TableSchema(table.info(), columns, primaryKey, foreignKeys, indexes);
    }

    /** The primary key's columns in key order; SQLite numbers them from 1 in {@code pk}, 0 meaning none. */
    private static List<RawColumn> keyColumns(List<RawColumn> raw) {
        List<RawColumn> keyColumns = new ArrayList<>(1);
        for (RawColumn column : raw) {
            if (column.keyPosition() > 0) {
                keyColumns.add(column);
            }
        }
        if (keyColumns.size() > 1) {
            keyColumns.sort(Comparator.comparingInt(RawColumn::keyPosition));
        }
        return keyColumns;
    }

    private static RawColumn rowidAlias(ListedTable table, List<RawColumn> keyColumns, List<IndexInfo> indexes) {
        if (!table.rowidTable() || keyColumns.size() != 1) {
            return null;
        }
        for (IndexInfo index : indexes) {
            if (index.primary()) {
                return null;
            }
        }
        RawColumn key = keyColumns.get(0);
        return ROWID_ALIAS_TYPE.equalsIgnoreCase(key.type()) ? key : null;
    }

    private ColumnInfo columnInfo(RawColumn column, int position, boolean nullable, boolean autoIncrement) {
        String typeName = column.type() == null ? "" : column.type();
        TypeInfo type = types.computeIfAbsent(typeName, SqliteTypes::of);
        return new ColumnInfo(column.name(), position, typeName, type.jdbcType(), type.length(), type.precision(),
                type.scale(), nullable, column.defaultValue(), autoIncrement, column.hidden().generated(), null);
    }
}
