package velocity.core.operations;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.FunctionInfo;
import velocity.core.spi.CatalogReader;

/**
 * The stored functions, procedures and aggregates of a schema. Empty, without a round trip, for a database
 * that has none ({@link CatalogReader#supportsFunctions()}).
 */
public final class ListFunctionsOperation implements VelocityOperation<List<FunctionInfo>> {

    private final ActiveConnection connection;
    private final String schema;

    /** @param schema the schema, or {@code null} for the connection's default schema */
    public ListFunctionsOperation(ActiveConnection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
    }

    @Override
    public String label() {
        return "Listing the functions of '" + connection.name() + "'" + (schema == null ? "" : " in schema " + schema);
    }

    @Override
    public List<FunctionInfo> run(Monitor monitor) throws VelocityException {
        CatalogReader catalog = connection.dialect().catalog();
        if (!catalog.supportsFunctions()) {
            return List.of();
        }
        return connection.withSession(monitor, label(), true,
                s -> catalog.functions(s, schema != null ? schema : Schemas.defaultSchema(connection, catalog, s)));
    }
}
