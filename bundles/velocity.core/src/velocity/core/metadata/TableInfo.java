package velocity.core.metadata;

/**
 * A table or view as listed by the catalog.
 *
 * @param schema the schema it belongs to
 * @param name its name
 * @param kind table, view, ...
 * @param comment the comment attached to it, or {@code null}
 * @param rowEstimate the row count the catalog estimates cheaply, or -1 when it has none
 */
public record TableInfo(String schema, String name, TableKind kind, String comment, long rowEstimate) {

    public TableRef ref() {
        return new TableRef(schema, name);
    }
}
