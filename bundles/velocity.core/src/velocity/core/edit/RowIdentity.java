package velocity.core.edit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.TableKind;
import velocity.core.metadata.TableSchema;
import velocity.core.spi.Dialect;

/**
 * How the rows of a table are told apart when they are updated or deleted: by the primary key, else by a
 * unique index whose columns are all NOT NULL (a unique index lets several NULLs in), else by the dialect's
 * row id (SQLite's {@code rowid}). A table with none of these is read-only, and {@link #readOnlyReason()} says
 * why in a sentence the user can act on.
 *
 * @param kind what identifies the rows
 * @param columns the identifying columns in key order; for {@link Kind#ROW_ID} the dialect's pseudo-column
 *            as SQL text; empty for {@link Kind#NONE}
 * @param name the constraint or index name, or {@code null}
 * @param readOnlyReason why rows cannot be edited, for {@link Kind#NONE}; else {@code null}
 */
public record RowIdentity(Kind kind, List<String> columns, String name, String readOnlyReason) {

    /** What identifies a table's rows. */
    public enum Kind {
        /** The primary key. */
        PRIMARY_KEY,
        /** A unique index whose columns are all NOT NULL. */
        UNIQUE_KEY,
        /** The dialect's row id pseudo-column. */
        ROW_ID,
        /** Nothing: the rows are read-only. */
        NONE
    }

    public RowIdentity {
        Objects.requireNonNull(kind, "kind");
        columns = List.copyOf(columns);
        if (kind == Kind.NONE && readOnlyReason == null) {
            throw new IllegalArgumentException("A read-only identity needs its reason.");
        }
        if (kind != Kind.NONE && columns.isEmpty()) {
            throw new IllegalArgumentException("An identity needs at least one column.");
        }
    }

    /** Whether rows can be updated and deleted. */
    public boolean editable() {
        return kind != Kind.NONE;
    }

    /** How the rows of a table are identified on a database of this dialect. */
    public static RowIdentity of(TableSchema schema, Dialect dialect) {
        TableKind tableKind = schema.table().kind();
        if (tableKind != TableKind.TABLE && tableKind != TableKind.PARTITIONED_TABLE) {
            return new RowIdentity(Kind.NONE, List.of(), null, schema.table().name() + " is a "
                    + tableKind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ", not a table: its rows are read-only here.");
        }
        if (schema.primaryKey() != null && !schema.primaryKey().columns().isEmpty()) {
            return new RowIdentity(Kind.PRIMARY_KEY, schema.primaryKey().columns(), schema.primaryKey().name(), null);
        }
        IndexInfo unique = schema.indexes().stream()
                .filter(i -> i.unique() && !i.columns().isEmpty() && allNotNull(schema, i))
                .min(Comparator.comparingInt((IndexInfo i) -> i.columns().size()).thenComparing(IndexInfo::name))
                .orElse(null);
        if (unique != null) {
            return new RowIdentity(Kind.UNIQUE_KEY, unique.columns().stream().map(IndexInfo.IndexColumn::name).toList(),
                    unique.name(), null);
        }
        String rowId = dialect.editing().rowIdColumn();
        if (rowId != null) {
            return new RowIdentity(Kind.ROW_ID, List.of(rowId), null, null);
        }
        return new RowIdentity(Kind.NONE, List.of(), null, schema.table().name()
                + " has no primary key and no unique index on NOT NULL columns, so a changed row could not be told "
                + "apart from the others: its rows are read-only. Add a primary key to edit them.");
    }

    private static boolean allNotNull(TableSchema schema, IndexInfo index) {
        for (IndexInfo.IndexColumn part : index.columns()) {
            ColumnInfo column = schema.columns().stream().filter(c -> c.name().equals(part.name())).findFirst()
                    .orElse(null);
            if (column == null || column.nullable()) {
                return false;
            }
        }
        return true;
    }
}
