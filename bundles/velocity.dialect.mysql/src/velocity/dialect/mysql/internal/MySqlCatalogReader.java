package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.DatabaseInfo;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.metadata.TableSchema;
import velocity.core.metadata.ViewInfo;
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
    private final FunctionReader functions = new FunctionReader();
    private final ViewReader views = new ViewReader();
    private final FunctionSources sources = new FunctionSources(functions);

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
        ColumnReader columnReader = new ColumnReader(flavor);
        // A whole schema: columns and foreign keys on connections of their own while this one reads the
        // indexes. Each view makes the server open every table; such passes run side by side in little more
        // time than one.
        FutureTask<Map<String, List<ColumnInfo>>> columnRead = beside(session, table,
                s -> columnReader.read(s, schema, table, views), "columns of " + schema);
        FutureTask<Map<String, List<ForeignKeyInfo>>> keyRead = beside(session, table,
                s -> foreignKeys.read(s, schema, table), "foreign keys of " + schema);
        IndexReader.Indexes indexes = new IndexReader(flavor).read(session, schema, table);
        Map<String, List<ColumnInfo>> columns = await(columnRead);
        Map<String, List<ForeignKeyInfo>> keys = await(keyRead);
        for (TableInfo listed : tables) {
            String name = listed.name();
            TableInfo info = new TableInfo(schema, name, listed.kind(), listed.comment(), indexes.rowEstimate(name));
            schemas.put(name, new TableSchema(info, columns.getOrDefault(name, List.of()), indexes.primaryKey(name),
                    keys.getOrDefault(name, List.of()), indexes.of(name)));
        }
        return schemas;
    }

    @Override
    public boolean supportsFunctions() {
        return true;
    }

    @Override
    public List<FunctionInfo> functions(SqlSession session, String schema) throws SQLException {
        return functions.read(session, schema);
    }

    @Override
    public List<ViewInfo> views(SqlSession session, String schema, boolean definitions) throws SQLException {
        return views.read(session, schema, definitions);
    }

    @Override
    public Map<String, String> functionSources(SqlSession session, String schema, FunctionInfo only)
            throws SQLException {
        return sources.read(session, schema, only);
    }

    /** A read of the catalog. */
    @FunctionalInterface
    private interface Read<T> {
        T run(SqlSession session) throws SQLException;
    }

    /**
     * Starts a read on a forked session and thread when the whole schema is read; for one table it is quick,
     * so it runs at once on this session.
     */
    private static <T> FutureTask<T> beside(SqlSession session, String table, Read<T> read, String what)
            throws SQLException {
        if (table != null) {
            FutureTask<T> task = new FutureTask<>(() -> read.run(session));
            task.run();
            return task;
        }
        SqlSession fork = session.fork();
        FutureTask<T> task = new FutureTask<>(() -> read.run(fork));
        Thread thread = new Thread(task, "Velocity catalog: " + what);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static <T> T await(FutureTask<T> task) throws SQLException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while reading the columns.", "57014", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException(e.getCause().getMessage(), e.getCause());
        }
    }

    private static String singleString(SqlSession session, String sql) throws SQLException {
        try (PreparedStatement statement = session.prepare(sql); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
