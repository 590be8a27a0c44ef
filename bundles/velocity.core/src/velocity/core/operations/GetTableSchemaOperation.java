package velocity.core.operations;

import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.core.metadata.TableSchema;
import velocity.core.spi.CatalogReader;

/** The columns, keys and indexes of one table. */
public final class GetTableSchemaOperation implements VelocityOperation<TableSchema> {

    private final ActiveConnection connection;
    private final TableRef table;

    public GetTableSchemaOperation(ActiveConnection connection, TableRef table) {
        this.connection = connection;
        this.table = table;
    }

    @Override
    public String label() {
        return "Reading the structure of " + table + " on '" + connection.name() + "'";
    }

    @Override
    public TableSchema run(Monitor monitor) throws VelocityException {
        CatalogReader catalog = connection.dialect().catalog();
        return connection.withSession(monitor, label(), true, s -> {
            String schema = table.schema() != null ? table.schema() : Schemas.defaultSchema(connection, catalog, s);
            TableSchema found = catalog.tableSchemas(s, schema, table.name()).get(table.name());
            if (found == null) {
                throw new VelocityException(ErrorKind.UNKNOWN_OBJECT, "Connection '" + connection.name()
                        + "': there is no table or view '" + table.name() + "' in schema '" + schema
                        + "'. Names are exact: check the case.");
            }
            return found;
        });
    }
}
