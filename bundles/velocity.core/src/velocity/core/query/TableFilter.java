package velocity.core.query;

import java.util.List;

/**
 * Which rows of a table a page shows and in which order: conditions combined with AND, an optional raw
 * WHERE expression, and a sort. The raw expression is the user's own SQL, put in parentheses after the
 * conditions; a {@code ;} outside quotes and comments is refused so that it cannot end the statement.
 *
 * @param conditions conditions that every row must meet
 * @param rawWhere a boolean SQL expression in the database's own syntax, or {@code null}
 * @param sort the order, first key first; empty for the primary key's order. The primary key is always added
 *            last, so that the order is total and keyset paging can seek.
 */
public record TableFilter(List<FilterCondition> conditions, String rawWhere, List<SortKey> sort) {

    /** All rows, in primary-key order. */
    public static final TableFilter NONE = new TableFilter(List.of(), null, List.of());

    public TableFilter {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        rawWhere = rawWhere == null || rawWhere.isBlank() ? null : rawWhere.strip();
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    /** Whether it restricts the rows (conditions or a raw expression); a sort alone does not. */
    public boolean restricts() {
        return !conditions.isEmpty() || rawWhere != null;
    }

    /** Whether it neither restricts nor sorts. */
    public boolean isEmpty() {
        return !restricts() && sort.isEmpty();
    }

    /** This filter with another sort. */
    public TableFilter withSort(List<SortKey> newSort) {
        return new TableFilter(conditions, rawWhere, newSort);
    }
}
