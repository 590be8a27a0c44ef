package velocity.dialect.postgresql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.PrimaryKeyInfo;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableSchema;

/**
 * One table's structure while the bulk queries fill it in, one kind of part per query; the records of the
 * metadata package are immutable, so they are made once everything has been read. Keys and indexes name
 * their columns by attribute number, which is resolved here against the columns read first.
 */
final class TableParts {

    private final TableInfo table;
    /** By attribute number, which orders them; the numbers have gaps where columns were dropped. */
    private final SortedMap<Integer, ColumnInfo> columns = new TreeMap<>();
    private final List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
    private final List<IndexInfo> indexes = new ArrayList<>();
    private PrimaryKeyInfo primaryKey;

    TableParts(TableInfo table) {
        this.table = table;
    }

    /** Adds a column whose position is its attribute number. */
    void addColumn(ColumnInfo column) {
        columns.put(column.position(), column);
    }

    /** The name of the column with this attribute number. */
    String columnName(int attnum) {
        ColumnInfo column = columns.get(attnum);
        return AttributeNames.nameOrNumber(column == null ? null : column.name(), attnum);
    }

    /** The names of the columns with these attribute numbers, in order. */
    List<String> columnNames(int[] attnums) {
        List<String> names = new ArrayList<>(attnums.length);
        for (int attnum : attnums) {
            names.add(columnName(attnum));
        }
        return names;
    }

    void primaryKey(PrimaryKeyInfo key) {
        primaryKey = key;
    }

    void addForeignKey(ForeignKeyInfo key) {
        foreignKeys.add(key);
    }

    void addIndex(IndexInfo index) {
        indexes.add(index);
    }

    TableSchema toSchema() {
        return new TableSchema(table, ordinalColumns(), primaryKey, foreignKeys, indexes);
    }

    /** The columns numbered 1, 2, 3, ... as users count them, skipping the numbers of dropped columns. */
    private List<ColumnInfo> ordinalColumns() {
        List<ColumnInfo> ordered = new ArrayList<>(columns.size());
        for (ColumnInfo c : columns.values()) {
            int position = ordered.size() + 1;
            ordered.add(c.position() == position ? c
                    : new ColumnInfo(c.name(), position, c.typeName(), c.jdbcType(), c.length(), c.precision(),
                            c.scale(), c.nullable(), c.defaultValue(), c.autoIncrement(), c.generated(), c.comment()));
        }
        return ordered;
    }
}
