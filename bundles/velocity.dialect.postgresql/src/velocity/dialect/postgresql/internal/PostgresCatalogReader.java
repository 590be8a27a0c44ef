package velocity.dialect.postgresql.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import velocity.core.metadata.DatabaseInfo;
import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableSchema;
import velocity.core.metadata.ViewInfo;
import velocity.core.spi.CatalogReader;
import velocity.core.spi.SqlSession;

/**
 * Reads pg_catalog directly: it is several times faster than information_schema, whose views check
 * privileges row by row, and than pgjdbc's DatabaseMetaData, which answers one kind of question per call
 * (and returns no indexes at all for a null table name). A {@code null} schema means the default one.
 */
final class PostgresCatalogReader implements CatalogReader {

    private final DatabaseLister databases = new DatabaseLister();
    private final TableLister tables = new TableLister();
    private final TableSchemaReader schemas = new TableSchemaReader(tables);
    private final FunctionLister functions = new FunctionLister();
    private final ViewLister views = new ViewLister();
    private final FunctionSources sources = new FunctionSources();

    @Override
    public List<DatabaseInfo> databases(SqlSession session) throws SQLException {
        return databases.databases(session);
    }

    @Override
    public String defaultSchema(SqlSession session) throws SQLException {
        return databases.defaultSchema(session);
    }

    @Override
    public List<TableInfo> tables(SqlSession session, String schema) throws SQLException {
        String resolved = resolve(session, schema);
        return resolved == null ? List.of() : tables.list(session, RelationScope.schema(resolved));
    }

    @Override
    public Map<String, TableSchema> tableSchemas(SqlSession session, String schema, String table)
            throws SQLException {
        String resolved = resolve(session, schema);
        return resolved == null ? Map.of() : schemas.read(session, new RelationScope(resolved, table));
    }

    @Override
    public boolean supportsFunctions() {
        return true;
    }

    @Override
    public List<FunctionInfo> functions(SqlSession session, String schema) throws SQLException {
        String resolved = resolve(session, schema);
        return resolved == null ? List.of() : functions.list(session, resolved);
    }

    @Override
    public List<ViewInfo> views(SqlSession session, String schema, boolean definitions) throws SQLException {
        String resolved = resolve(session, schema);
        return resolved == null ? List.of() : views.list(session, resolved, definitions);
    }

    @Override
    public Map<String, String> functionSources(SqlSession session, String schema, FunctionInfo only)
            throws SQLException {
        String resolved = resolve(session, schema);
        return resolved == null ? Map.of() : sources.read(session, resolved, only);
    }

    /** The schema itself, or the default one for {@code null}; {@code null} when the search path has none. */
    private String resolve(SqlSession session, String schema) throws SQLException {
        return schema != null ? schema : databases.defaultSchema(session);
    }
}
