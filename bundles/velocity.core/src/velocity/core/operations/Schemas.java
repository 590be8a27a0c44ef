package velocity.core.operations;

import java.sql.SQLException;

import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.spi.CatalogReader;
import velocity.core.spi.SqlSession;

/** Resolves the schema an operation works in when the user names none. */
final class Schemas {

    private Schemas() {
    }

    static String defaultSchema(ActiveConnection connection, CatalogReader catalog, SqlSession session)
            throws SQLException, VelocityException {
        String schema = catalog.defaultSchema(session);
        if (schema == null) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "Connection '" + connection.name()
                    + "' has no default schema or database: name one.");
        }
        return schema;
    }
}
