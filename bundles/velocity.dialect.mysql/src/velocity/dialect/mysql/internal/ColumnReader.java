package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import velocity.core.metadata.ColumnInfo;
import velocity.core.spi.SqlSession;

/**
 * Reads the columns of a schema's tables (or of one table) with one {@code COLUMNS} query. They are put in
 * order here: the server would sort tens of thousands of rows through a temporary table first.
 */
final class ColumnReader {

    private static final String AUTO_INCREMENT = "auto_increment";
    /** {@code VIRTUAL GENERATED}, {@code STORED GENERATED}, MariaDB's older {@code PERSISTENT GENERATED}. */
    private static final Pattern GENERATED = Pattern.compile("(?i)\\b(virtual|stored|persistent) generated\\b");

    private final ServerFlavor flavor;

    ColumnReader(ServerFlavor flavor) {
        this.flavor = flavor;
    }

    /**
     * @param views the names of the views among the tables: a view has no defaults of its own, and what the
     *            catalog shows for them is unreliable (MariaDB gives 0 for an AUTO_INCREMENT base column)
     * @return the columns by exact table name, in ordinal order
     */
    Map<String, List<ColumnInfo>> read(SqlSession session, String schema, String table, Set<String> views)
            throws SQLException {
        Map<String, List<ColumnInfo>> byTable = new HashMap<>();
        try (PreparedStatement statement = CatalogSql.COLUMNS.prepare(session, schema, table);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (!schema.equals(rs.getString("TABLE_SCHEMA"))) {
                    continue;
                }
                String tableName = rs.getString("TABLE_NAME");
                byTable.computeIfAbsent(tableName, k -> new ArrayList<>()).add(column(rs, views.contains(tableName)));
            }
        }
        byTable.values().forEach(columns -> columns.sort(Comparator.comparingInt(ColumnInfo::position)));
        return byTable;
    }

    private ColumnInfo column(ResultSet rs, boolean inView) throws SQLException {
        String dataType = rs.getString("DATA_TYPE");
        String columnType = rs.getString("COLUMN_TYPE");
        int jdbcType = MySqlTypes.jdbcType(dataType, columnType);
        String extra = rs.getString("EXTRA");
        String flags = extra == null ? "" : extra.toLowerCase(Locale.ROOT);
        String defaultValue = inView ? null
                : ColumnDefaults.sqlText(rs.getString("COLUMN_DEFAULT"), extra, jdbcType, flavor);
        return new ColumnInfo(rs.getString("COLUMN_NAME"), rs.getInt("ORDINAL_POSITION"), columnType, jdbcType,
                intOrMinusOne(rs, "CHARACTER_MAXIMUM_LENGTH"), intOrMinusOne(rs, "NUMERIC_PRECISION"),
                intOrMinusOne(rs, "NUMERIC_SCALE"), "YES".equalsIgnoreCase(rs.getString("IS_NULLABLE")),
                defaultValue, flags.contains(AUTO_INCREMENT), GENERATED.matcher(flags).find(),
                CatalogText.emptyToNull(rs.getString("COLUMN_COMMENT")));
    }

    /** A LONGTEXT's length is 4294967295, beyond an int: such lengths are clamped. */
    private static int intOrMinusOne(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        if (rs.wasNull()) {
            return -1;
        }
        return (int) Math.min(value, Integer.MAX_VALUE);
    }
}
