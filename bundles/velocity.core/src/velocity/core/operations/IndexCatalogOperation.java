package velocity.core.operations;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.DatabaseInfo;
import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.TableSchema;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchIndex;
import velocity.core.spi.CatalogReader;
import velocity.core.spi.SqlSession;

/**
 * Fills or refreshes one connection's part of a {@link SearchIndex}: its tables, views, their columns and its
 * routines, read in bulk a schema at a time (the catalog reader's few queries per schema, never one per
 * table). The connection's entries are replaced at the end, all at once, so a cancelled or failed refresh
 * leaves the previous ones in place.
 */
public final class IndexCatalogOperation implements VelocityOperation<Integer> {

    /** Schemas of the servers' own that nobody opens by searching, which would only crowd the results. */
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "performance_schema", "mysql",
            "sys", "pg_catalog", "pg_toast");

    private final ActiveConnection connection;
    private final SearchIndex index;
    private final List<String> schemas;

    /**
     * @param schemas the schemas to index, or {@code null} for every schema the connection lists (those of
     *            the current database on PostgreSQL, every database on MySQL) other than the system ones
     */
    public IndexCatalogOperation(ActiveConnection connection, SearchIndex index, List<String> schemas) {
        this.connection = connection;
        this.index = index;
        this.schemas = schemas == null ? null : List.copyOf(schemas);
    }

    @Override
    public String label() {
        return "Indexing the objects of '" + connection.name() + "' for Open Anything";
    }

    /** @return the number of entries the connection now has in the index */
    @Override
    public Integer run(Monitor monitor) throws VelocityException {
        CatalogReader catalog = connection.dialect().catalog();
        List<String> targets = schemas != null ? schemas
                : connection.withSession(monitor, label(), true, session -> listSchemas(catalog, session));
        monitor.task(label(), targets.size());
        List<SearchEntry> entries = new ArrayList<>();
        for (String schema : targets) {
            monitor.task("Schema " + schema, targets.size());
            // A session per schema: a dialect may read a schema on extra connections of the pool, which are
            // given back only when the session that forked them closes.
            entries.addAll(connection.withSession(monitor, label() + " (schema " + schema + ")", true,
                    session -> read(catalog, session, schema)));
            monitor.worked(1);
        }
        monitor.checkCancelled(label());
        index.replace(SearchIndex.catalogSource(connection.name()), entries);
        return entries.size();
    }

    private List<SearchEntry> read(CatalogReader catalog, SqlSession session, String schema) throws SQLException {
        List<SearchEntry> into = new ArrayList<>();
        String name = connection.name();
        for (TableSchema table : catalog.tableSchemas(session, schema, null).values()) {
            into.add(SearchEntry.table(name, table.table()));
            for (ColumnInfo column : table.columns()) {
                into.add(SearchEntry.column(name, schema, table.table().name(), column));
            }
        }
        if (catalog.supportsFunctions()) {
            for (FunctionInfo function : catalog.functions(session, schema)) {
                into.add(SearchEntry.function(name, function));
            }
        }
        return into;
    }

    private static List<String> listSchemas(CatalogReader catalog, SqlSession session) throws SQLException {
        Set<String> found = new LinkedHashSet<>();
        for (DatabaseInfo database : catalog.databases(session)) {
            for (String schema : database.schemas()) {
                if (!SYSTEM_SCHEMAS.contains(schema.toLowerCase(Locale.ROOT))) {
                    found.add(schema);
                }
            }
        }
        if (found.isEmpty()) {
            String current = catalog.defaultSchema(session);
            if (current != null) {
                found.add(current);
            }
        }
        return List.copyOf(found);
    }
}
