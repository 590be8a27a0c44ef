package velocity.core.metadata;

import java.util.Objects;

/**
 * A view as listed by the catalog, with its definition where the database gives it.
 *
 * @param schema the schema it belongs to
 * @param name its name
 * @param kind {@link TableKind#VIEW} or {@link TableKind#MATERIALIZED_VIEW}
 * @param comment the comment attached to it, or {@code null}
 * @param definition its query as the database keeps it (PostgreSQL {@code pg_get_viewdef}, MySQL
 *            {@code VIEW_DEFINITION}, SQLite the {@code CREATE VIEW} statement), or {@code null} when it was
 *            not asked for or the database does not give it (e.g. to a user without the privilege)
 */
public record ViewInfo(String schema, String name, TableKind kind, String comment, String definition) {

    public ViewInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    /** The view as a listed relation, for what opens tables and views alike; its row count is unknown. */
    public TableInfo table() {
        return new TableInfo(schema, name, kind, comment, -1);
    }
}
