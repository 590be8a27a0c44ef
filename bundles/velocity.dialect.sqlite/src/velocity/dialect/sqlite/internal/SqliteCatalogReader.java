package velocity.dialect.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import velocity.core.metadata.DatabaseInfo;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableSchema;
import velocity.core.metadata.ViewInfo;
import velocity.core.spi.CatalogReader;
import velocity.core.spi.SqlSession;
import velocity.dialect.sqlite.internal.ForeignKeyReader.RawKey;
import velocity.dialect.sqlite.internal.SchemaDetails.Details;
import velocity.dialect.sqlite.internal.TableLister.ListedTable;

/**
 * SQLite's catalog: each attached database ({@code main}, {@code temp}, ATTACHed files) is its own single
 * schema. The structure of a whole schema takes three queries whatever the number of tables (the listing, its
 * row estimates, and one scan for columns, keys and indexes); one table takes a fourth when its foreign keys
 * reference other tables. It lists no functions: SQLite's are built into the library or registered by each
 * application on its own connections, never stored in the database.
 */
final class SqliteCatalogReader implements CatalogReader {

    private static final String MAIN = "main";

    /** {@code temp} always exists; it is shown only when the connection has created something in it. */
    private static final String DATABASES = "SELECT name FROM pragma_database_list"
            + " WHERE name <> 'temp' OR EXISTS (SELECT 1 FROM temp.sqlite_schema) ORDER BY seq";

    private final TableLister lister = new TableLister();
    private final ViewLister views = new ViewLister();

    @Override
    public List<DatabaseInfo> databases(SqlSession session) throws SQLException {
        List<DatabaseInfo> databases = new ArrayList<>();
        try (PreparedStatement statement = session.prepare(DATABASES);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                databases.add(new DatabaseInfo(name, List.of(name), MAIN.equals(name)));
            }
        }
        return databases;
    }

    /** Unqualified names look in temp first, but what users browse and create lives in main. */
    @Override
    public String defaultSchema(SqlSession session) {
        return MAIN;
    }

    @Override
    public List<TableInfo> tables(SqlSession session, String schema) throws SQLException {
        return lister.list(session, orMain(schema), null).stream().map(ListedTable::info).toList();
    }

    @Override
    public Map<String, TableSchema> tableSchemas(SqlSession session, String schema, String table)
            throws SQLException {
        String name = orMain(schema);
        List<ListedTable> listed = lister.list(session, name, table);
        Map<String, TableSchema> result = new LinkedHashMap<>();
        if (listed.isEmpty()) {
            return result;
        }
        Map<String, Details> details = SchemaDetails.read(session, name, table);
        TableNames names = new TableNames(listed.stream().map(ListedTable::name).toList());
        if (table != null) {
            ForeignKeyReader.lookUp(session, name, unknownReferences(details, names), names);
        }
        TableSchemaAssembler assembler = new TableSchemaAssembler();
        for (ListedTable t : listed) {
            Details d = details.getOrDefault(t.name(), Details.NONE);
            result.put(t.name(), assembler.assemble(t, d.columns(),
                    ForeignKeyReader.toInfos(name, d.foreignKeys(), names), d.indexes()));
        }
        return result;
    }

    @Override
    public List<ViewInfo> views(SqlSession session, String schema, boolean definitions) throws SQLException {
        return views.list(session, orMain(schema), definitions);
    }

    private static Set<String> unknownReferences(Map<String, Details> details, TableNames names) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Details d : details.values()) {
            d.foreignKeys().stream().map(RawKey::referencedTable).filter(t -> !names.knows(t)).forEach(unknown::add);
        }
        return unknown;
    }

    private static String orMain(String schema) {
        return schema == null ? MAIN : schema;
    }
}
