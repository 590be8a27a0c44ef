package velocity.core.query;

/**
 * One column of a table page's order.
 *
 * @param column the column, spelt as the catalog does (a unique case-insensitive match is accepted too)
 * @param descending whether it sorts from the highest value down
 */
public record SortKey(String column, boolean descending) {

    public SortKey {
        if (column == null || column.isEmpty()) {
            throw new IllegalArgumentException("A sort key needs a column.");
        }
    }

    /** Ascending by {@code column}. */
    public static SortKey asc(String column) {
        return new SortKey(column, false);
    }

    /** Descending by {@code column}. */
    public static SortKey desc(String column) {
        return new SortKey(column, true);
    }

    @Override
    public String toString() {
        return column + (descending ? " DESC" : " ASC");
    }
}
