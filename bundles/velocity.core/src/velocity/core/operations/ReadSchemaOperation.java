package velocity.core.operations;

import java.util.Map;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableSchema;
import velocity.core.spi.CatalogReader;

/** The structure of every table and view of a schema, read in bulk. */
public final class ReadSchemaOperation implements VelocityOperation<Map<String, TableSchema>> {

    private final ActiveConnection connection;
    private final String schema;

    /** @param schema the schema, or {@code null} for the connection's default schema */
    public ReadSchemaOperation(ActiveConnection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
    }

    @Override
    public String label() {
        return "Reading the structure of " + (schema == null ? "the default schema" : "schema " + schema) + " on '"
                + connection.name() + "'";
    }

    @Override
    public Map<String, TableSchema> run(Monitor monitor) throws VelocityException {
        CatalogReader catalog = connection.dialect().catalog();
        return connection.withSession(monitor, label(), true, s -> catalog.tableSchemas(s,
                schema != null ? schema : Schemas.defaultSchema(connection, catalog, s), null));
    }
}
