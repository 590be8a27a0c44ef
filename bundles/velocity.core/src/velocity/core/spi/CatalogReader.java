package velocity.core.spi;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import velocity.core.metadata.DatabaseInfo;
import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.metadata.TableSchema;
import velocity.core.metadata.ViewInfo;

/**
 * Reads a database's catalog in bulk. Every method runs a small, fixed number of queries whatever the number
 * of tables: never one query per table, which is what makes schema browsing slow on big databases.
 */
public interface CatalogReader {

    /** The databases the connection can see, with the schemas of the current one. */
    List<DatabaseInfo> databases(SqlSession session) throws SQLException;

    /** The schema unqualified names resolve to (PostgreSQL {@code current_schema()}, the MySQL database). */
    String defaultSchema(SqlSession session) throws SQLException;

    /** The tables and views of a schema, ordered by name. */
    List<TableInfo> tables(SqlSession session, String schema) throws SQLException;

    /**
     * The structure of one table of a schema, or of all of them.
     *
     * @param schema the schema to read
     * @param table the one table to read, or {@code null} for every table and view of the schema
     * @return the structures by table name, in name order; a table that does not exist is absent
     */
    Map<String, TableSchema> tableSchemas(SqlSession session, String schema, String table) throws SQLException;

    /**
     * Whether the database has stored functions or procedures that {@link #functions} lists. A browser says so
     * when it has none (SQLite's functions are compiled into the library or registered by each application)
     * instead of showing an empty folder.
     */
    default boolean supportsFunctions() {
        return false;
    }

    /**
     * The stored functions, procedures and aggregates of a schema, ordered by name and then by arguments.
     * Like the other methods, it runs a fixed number of queries, never one per function.
     *
     * @return the routines; empty when the dialect does not {@linkplain #supportsFunctions support} them
     */
    default List<FunctionInfo> functions(SqlSession session, String schema) throws SQLException {
        return List.of();
    }

    /**
     * The views and materialized views of a schema, ordered by name, with their definitions when asked for, in
     * one query. The default lists them through {@link #tables} without definitions.
     *
     * @param definitions whether to read each view's definition
     */
    default List<ViewInfo> views(SqlSession session, String schema, boolean definitions) throws SQLException {
        return tables(session, schema).stream()
                .filter(t -> t.kind() == TableKind.VIEW || t.kind() == TableKind.MATERIALIZED_VIEW)
                .map(t -> new ViewInfo(t.schema(), t.name(), t.kind(), t.comment(), null)).toList();
    }

    /**
     * The source of a schema's routines as the database gives it (PostgreSQL {@code pg_get_functiondef}, MySQL
     * {@code SHOW CREATE} or {@code ROUTINE_DEFINITION}), by {@link FunctionInfo#signature()}. A routine whose
     * source the database does not give (an aggregate, a privilege missing) is absent. The default gives none.
     *
     * @param schema the schema
     * @param only the one routine to read, or {@code null} for all of the schema's, in a fixed number of queries
     */
    default Map<String, String> functionSources(SqlSession session, String schema, FunctionInfo only)
            throws SQLException {
        return Map.of();
    }
}
