package velocity.dialect.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.UUID;

import velocity.core.metadata.ColumnInfo;
import velocity.core.spi.RowEditing;

/**
 * SQLite identifies the rows of any table without a key by its {@code rowid}, and keeps dates, times and
 * UUIDs as text (its date functions read {@code 2024-01-31 13:45:00}), so they are bound as that text.
 */
final class SqliteRowEditing implements RowEditing {

    static final SqliteRowEditing INSTANCE = new SqliteRowEditing();

    @Override
    public String rowIdColumn() {
        return "rowid";
    }

    @Override
    public void bind(PreparedStatement statement, int index, ColumnInfo column, Object value) throws SQLException {
        if (value instanceof Temporal || value instanceof UUID) {
            statement.setString(index, RowEditing.temporalText(value));
        } else {
            RowEditing.super.bind(statement, index, column, value);
        }
    }
}
