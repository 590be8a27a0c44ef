package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import velocity.core.metadata.ColumnInfo;
import velocity.core.spi.RowEditing;

/**
 * PostgreSQL refuses a {@code varchar} parameter for a {@code json}, {@code uuid} or enum column, so text
 * and NULL are bound with no declared type and the server reads them as the column's type.
 */
final class PostgresRowEditing implements RowEditing {

    static final PostgresRowEditing INSTANCE = new PostgresRowEditing();

    @Override
    public void bind(PreparedStatement statement, int index, ColumnInfo column, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else if (value instanceof String text) {
            statement.setObject(index, text, Types.OTHER);
        } else {
            RowEditing.super.bind(statement, index, column, value);
        }
    }
}
