package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import velocity.core.metadata.ColumnInfo;
import velocity.core.spi.RowEditing;

/**
 * MySQL spells a row of defaults {@code () VALUES ()}, treats a backslash in a string literal as an escape
 * (so a preview doubles it) and has no UUID type of its own: MariaDB's {@code uuid} takes the text.
 */
final class MySqlRowEditing implements RowEditing {

    static final MySqlRowEditing INSTANCE = new MySqlRowEditing();

    @Override
    public String insertDefaults(String qualifiedTable) {
        return "INSERT INTO " + qualifiedTable + " () VALUES ()";
    }

    @Override
    public void bind(PreparedStatement statement, int index, ColumnInfo column, Object value) throws SQLException {
        if (value instanceof UUID uuid) {
            statement.setString(index, uuid.toString());
        } else {
            RowEditing.super.bind(statement, index, column, value);
        }
    }

    @Override
    public String quoteText(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
