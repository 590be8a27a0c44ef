package velocity.core.metadata;

/** The kinds of relation a catalog lists. */
public enum TableKind {
    TABLE, VIEW, MATERIALIZED_VIEW, FOREIGN_TABLE, PARTITIONED_TABLE, SYSTEM_TABLE
}
