package velocity.core.metadata;

import java.util.List;

/**
 * An index.
 *
 * @param name the index name
 * @param unique whether it enforces uniqueness
 * @param primary whether it backs the primary key
 * @param columns its columns (or expressions) in index order
 */
public record IndexInfo(String name, boolean unique, boolean primary, List<IndexColumn> columns) {

    public IndexInfo {
        columns = List.copyOf(columns);
    }

    /**
     * One part of an index.
     *
     * @param name the column name, or the expression's text for an expression index
     * @param descending whether it is sorted descending
     */
    public record IndexColumn(String name, boolean descending) {
    }
}
