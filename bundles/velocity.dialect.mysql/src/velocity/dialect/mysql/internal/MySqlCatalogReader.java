package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.DatabaseInfo;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.metadata.TableSchema;
import velocity.core.spi.CatalogReader;
import velocity.core.spi.SqlSession;

/**
 * The catalog from {@code information_schema}, one query per view read: {@code tableSchemas} runs six small
 * queries whether the schema has one table or thousands. A MySQL database is a schema: each database lists
 * itself as its only schema.
 */
final class MySqlCatalogReader implements CatalogReader {

    private final TableListReader tableList = new TableListReader();
    private final ForeignKeyReader foreignKeys = new ForeignKeyReader();

    @Override
    public List<DatabaseInfo> databases(SqlSession session) throws SQLException {
        List<DatabaseInfo> databases = new ArrayList<>();
        try (PreparedStatement statement = session.prepare(CatalogSql.DATABASES);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                databases.add(new DatabaseInfo(name, List.of(name), name.equals(rs.getString(2))));
            }
        }
        return databases;
    }

    @Override
    public String defaultSchema(SqlSession session) throws SQLException {
        return singleString(session, CatalogSql.CURRENT_DATABASE);
    }

    @Override
    public List<TableInfo> tables(SqlSession session, String schema) throws SQLException {
        return tableList.read(session, CatalogSql.TABLES, schema, null);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The row estimates are the primary keys' cardinalities (see {@link IndexReader.Indexes#rowEstimate}):
     * asking for {@code TABLE_ROWS} would make the server open every table once more. A table without primary
     * key has -1 here, where {@link #tables} gives the engine's estimate.
     */
    @Override
    public Map<String, TableSchema> tableSchemas(SqlSession session, String schema, String table)
            throws SQLException {
        List<TableInfo> tables = tableList.read(session, CatalogSql.TABLE_DEFINITIONS, schema, table);
        Map<String, TableSchema> schemas = new LinkedHashMap<>();
        if (tables.isEmpty()) {
            return schemas;
        }
        ServerFlavor flavor = ServerFlavor.parse(singleString(session, CatalogSql.VERSION));
        Set<String> views = tables.stream().filter(t -> t.kind() == TableKind.VIEW).map(TableInfo::name)
                .collect(Collectors.toSet());
        Map<String, List<ColumnInfo>> columns = new ColumnReader(flavor).read(session, schema, table, views);
        IndexReader.Indexes indexes = new IndexReader(flavor).read(session, schema, table);
        Map<String, List<ForeignKeyInfo>> keys = foreignKeys.read(session, schema, table);
        for (TableInfo listed : tables) {
            String name = listed.name();
            TableInfo info = new TableInfo(schema, name, listed.kind(), listed.comment(), indexes.rowEstimate(name));
            schemas.put(name, new TableSchema(info, columns.getOrDefault(name, List.of()), indexes.primaryKey(name),
                    keys.getOrDefault(name, List.of()), indexes.of(name)));
        }
        return schemas;
    }

    private static String singleString(SqlSession session, String sql) throws SQLException {
        try (PreparedStatement statement = session.prepare(sql); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
