package velocity.core.metadata;

import java.util.List;

/**
 * A database the connection can see.
 *
 * @param name the database name
 * @param schemas its schemas, when the connection can read them (PostgreSQL lists them for the database it
 *            is connected to only); for MySQL the database is its own single schema
 * @param current whether the connection is attached to this database
 */
public record DatabaseInfo(String name, List<String> schemas, boolean current) {

    public DatabaseInfo {
        schemas = List.copyOf(schemas);
    }
}
