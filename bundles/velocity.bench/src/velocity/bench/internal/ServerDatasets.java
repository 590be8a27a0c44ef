package velocity.bench.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The datasets of a database server: a data schema and a metadata schema side by side, made with
 * {@code CREATE <container> IF NOT EXISTS} (a PostgreSQL schema, a MariaDB database).
 */
abstract class ServerDatasets extends SqlDatasets {

    static final String DATA_SCHEMA = "velocity_bench";
    static final String META_SCHEMA = "velocity_bench_meta";

    private final String container;

    /** @param container what holds tables on this server: SCHEMA or DATABASE */
    ServerDatasets(String id, String container) {
        super(id);
        this.container = container;
    }

    @Override
    final void createSchemas(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE " + container + " IF NOT EXISTS " + DATA_SCHEMA);
            s.execute("CREATE " + container + " IF NOT EXISTS " + META_SCHEMA);
        }
    }

    @Override
    final String dataTable(String table) {
        return DATA_SCHEMA + "." + table;
    }

    @Override
    final String metaTable(String table) {
        return META_SCHEMA + "." + table;
    }
}
