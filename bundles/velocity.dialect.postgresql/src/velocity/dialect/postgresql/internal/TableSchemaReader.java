package velocity.dialect.postgresql.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableSchema;
import velocity.core.spi.SqlSession;

/**
 * Reads table structures with one query per kind of part, whatever the number of tables: a schema of 5,000
 * tables costs four queries, where DatabaseMetaData or a per-table loop costs thousands of round trips.
 */
final class TableSchemaReader {

    private final TableLister lister;
    private final List<TablePartLoader> loaders = List.of(new ColumnLoader(), new ConstraintLoader(),
            new IndexLoader());

    TableSchemaReader(TableLister lister) {
        this.lister = lister;
    }

    /** The structures of the scope's tables by name, in the lister's name order. */
    Map<String, TableSchema> read(SqlSession session, RelationScope scope) throws SQLException {
        Map<String, TableParts> parts = new LinkedHashMap<>();
        for (TableInfo table : lister.list(session, scope)) {
            parts.put(table.name(), new TableParts(table));
        }
        if (!parts.isEmpty()) {
            for (TablePartLoader loader : loaders) {
                loader.load(session, scope, parts);
            }
        }
        Map<String, TableSchema> schemas = new LinkedHashMap<>();
        parts.forEach((name, table) -> schemas.put(name, table.toSchema()));
        return schemas;
    }
}
