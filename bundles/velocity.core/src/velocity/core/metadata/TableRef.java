package velocity.core.metadata;

import java.util.Objects;

/**
 * Names a table or view: its schema (a PostgreSQL schema, a MySQL database, an SQLite database such as
 * {@code main}) and its name, both exactly as the catalog spells them.
 *
 * @param schema the schema, or {@code null} for the connection's default schema
 * @param name the table name
 */
public record TableRef(String schema, String name) {

    public TableRef {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
