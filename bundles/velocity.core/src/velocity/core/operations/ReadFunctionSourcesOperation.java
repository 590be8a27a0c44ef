package velocity.core.operations;

import java.util.Map;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.FunctionInfo;
import velocity.core.spi.CatalogReader;

/**
 * The source of stored routines, by {@link FunctionInfo#signature()}: of one routine (what a browser opens),
 * or of all of a schema's in a fixed number of queries. Empty, without a round trip, for a database that has
 * none ({@link CatalogReader#supportsFunctions()}).
 */
public final class ReadFunctionSourcesOperation implements VelocityOperation<Map<String, String>> {

    private final ActiveConnection connection;
    private final String schema;
    private final FunctionInfo only;

    /** The sources of a schema's routines; {@code schema} {@code null} means the connection's default one. */
    public ReadFunctionSourcesOperation(ActiveConnection connection, String schema) {
        this.connection = connection;
        this.schema = schema;
        this.only = null;
    }

    /** The source of one routine. */
    public ReadFunctionSourcesOperation(ActiveConnection connection, FunctionInfo function) {
        this.connection = connection;
        this.schema = function.schema();
        this.only = function;
    }

    @Override
    public String label() {
        return only != null ? "Reading the source of " + only.signature() + " on '" + connection.name() + "'"
                : "Reading the functions' sources of '" + connection.name() + "'"
                        + (schema == null ? "" : " in schema " + schema);
    }

    @Override
    public Map<String, String> run(Monitor monitor) throws VelocityException {
        CatalogReader catalog = connection.dialect().catalog();
        if (!catalog.supportsFunctions()) {
            return Map.of();
        }
        return connection.withSession(monitor, label(), true, s -> catalog.functionSources(s,
                schema != null ? schema : Schemas.defaultSchema(connection, catalog, s), only));
    }
}
