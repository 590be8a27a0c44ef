package velocity.core.edit;

import java.util.List;
import java.util.Objects;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.TableSchema;
import velocity.core.spi.Dialect;

/**
 * A table as an editor sees it: its structure, how its rows are identified and its dialect, which quotes the
 * names and binds the values.
 *
 * @param schema the table's structure
 * @param identity how its rows are identified; {@link RowIdentity#editable()} false makes it read-only
 * @param dialect the dialect of its database
 */
public record EditableTable(TableSchema schema, RowIdentity identity, Dialect dialect) {

    public EditableTable {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(dialect, "dialect");
    }

    /** The table with the identity its structure gives on this dialect. */
    public static EditableTable of(TableSchema schema, Dialect dialect) {
        return new EditableTable(schema, RowIdentity.of(schema, dialect), dialect);
    }

    /** The column of this name, or {@code null}. */
    public ColumnInfo column(String name) {
        for (ColumnInfo c : schema.columns()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The column of this name; an {@link IllegalArgumentException} naming the table's columns when none. */
    public ColumnInfo requireColumn(String name) {
        ColumnInfo column = column(name);
        if (column == null) {
            throw new IllegalArgumentException(schema.table().ref() + " has no column " + name + "; its columns are "
                    + String.join(", ", schema.columns().stream().map(ColumnInfo::name).toList()) + ".");
        }
        return column;
    }

    /** The columns that identify a row; for a row id a BIGINT column of the pseudo-column's name. */
    public List<ColumnInfo> keyColumns() {
        if (identity.kind() == RowIdentity.Kind.ROW_ID) {
            return List.of(new ColumnInfo(identity.columns().get(0), 0, "INTEGER", java.sql.Types.BIGINT, -1, -1, -1,
                    false, null, true, false, null));
        }
        return identity.columns().stream().map(this::requireColumn).toList();
    }

    /** Text typed for a column, converted; a refusal says why it does not fit. */
    public ParsedValue parse(String column, String text) {
        return ColumnValues.parse(requireColumn(column), text);
    }
}
