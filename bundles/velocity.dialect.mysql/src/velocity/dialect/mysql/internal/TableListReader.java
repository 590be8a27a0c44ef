package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.spi.SqlSession;

/** Lists a schema's tables and views from {@code information_schema.TABLES}. */
final class TableListReader {

    private static final String VIEW = "VIEW";
    private static final String SYSTEM_VIEW = "SYSTEM VIEW";
    /** What MySQL puts in {@code TABLE_COMMENT} for every view: no comment of the user's. */
    private static final String VIEW_COMMENT = "VIEW";

    /**
     * @param query {@link CatalogSql#TABLES} or {@link CatalogSql#TABLE_DEFINITIONS}
     * @return the tables in name order, or the one table asked for when {@code table} is not null
     */
    List<TableInfo> read(SqlSession session, CatalogQuery query, String schema, String table) throws SQLException {
        List<TableInfo> tables = new ArrayList<>();
        try (PreparedStatement statement = query.prepare(session, schema, table);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (schema.equals(rs.getString("TABLE_SCHEMA")) && (table == null || table.equals(name))) {
                    tables.add(tableInfo(schema, name, rs));
                }
            }
        }
        return tables;
    }

    private static TableInfo tableInfo(String schema, String name, ResultSet rs) throws SQLException {
        TableKind kind = kind(rs.getString("TABLE_TYPE"));
        String comment = CatalogText.emptyToNull(rs.getString("TABLE_COMMENT"));
        if (kind == TableKind.VIEW && VIEW_COMMENT.equals(comment)) {
            comment = null;
        }
        long rows = rs.getLong("TABLE_ROWS");
        return new TableInfo(schema, name, kind, comment, rs.wasNull() ? -1 : rows);
    }

    /**
     * {@code BASE TABLE}, {@code VIEW}, {@code SYSTEM VIEW}; MariaDB adds {@code SEQUENCE} and
     * {@code SYSTEM VERSIONED}, tables one can select from, listed as tables.
     */
    private static TableKind kind(String tableType) {
        if (VIEW.equalsIgnoreCase(tableType)) {
            return TableKind.VIEW;
        }
        if (SYSTEM_VIEW.equalsIgnoreCase(tableType)) {
            return TableKind.SYSTEM_TABLE;
        }
        return TableKind.TABLE;
    }
}
