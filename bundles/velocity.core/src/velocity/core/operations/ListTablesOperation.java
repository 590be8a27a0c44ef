package velocity.core.operations;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableInfo;
import velocity.core.spi.CatalogReader;

/** The tables and views of a schema. */
public final class ListTablesOperation implements VelocityOperation<List<TableInfo>> {

    private final ActiveConnection connection;
    private final String schema;

    /** @param schema the schema, or {@code null} for the connection's default schema */
    public ListTablesOperation(ActiveConnection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
    }

    @Override
    public String label() {
        return "Listing the tables of '" + connection.name() + "'" + (schema == null ? "" : " in schema " + schema);
    }

    @Override
    public List<TableInfo> run(Monitor monitor) throws VelocityException {
        CatalogReader catalog = connection.dialect().catalog();
        return connection.withSession(monitor, label(), true,
                s -> catalog.tables(s, schema != null ? schema : Schemas.defaultSchema(connection, catalog, s)));
    }
}
