package velocity.core.operations;

import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.ViewInfo;
import velocity.core.spi.CatalogReader;

/** The views of a schema, in one catalog query, with their definitions when asked for. */
public final class ListViewsOperation implements VelocityOperation<List<ViewInfo>> {

    private final ActiveConnection connection;
    private final String schema;
    private final boolean definitions;

    /**
     * @param schema the schema, or {@code null} for the connection's default schema
     * @param definitions whether to read each view's definition too
     */
    public ListViewsOperation(ActiveConnection connection, String schema, boolean definitions) {
        this.connection = connection;
        this.schema = schema;
        this.definitions = definitions;
    }

    @Override
    public String label() {
        return "Listing the views of '" + connection.name() + "'" + (schema == null ? "" : " in schema " + schema);
    }

    @Override
    public List<ViewInfo> run(Monitor monitor) throws VelocityException {
        CatalogReader catalog = connection.dialect().catalog();
        return connection.withSession(monitor, label(), true, s -> catalog.views(s,
                schema != null ? schema : Schemas.defaultSchema(connection, catalog, s), definitions));
    }
}
