package velocity.core.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One condition of a table filter: a column, an operator and its values. Values are bound as parameters,
 * never written into the SQL; text values are converted to the column's type first (a number for a numeric
 * column, a date for a date column), and one that does not convert is refused with the column's name.
 *
 * @param column the column, spelt as the catalog does (a unique case-insensitive match is accepted too)
 * @param operator the comparison
 * @param values as many values as the operator takes ({@link FilterOperator#arity()}); {@code null} values
 *            are not allowed: NULL is tested with {@link FilterOperator#IS_NULL}
 */
public record FilterCondition(String column, FilterOperator operator, List<Object> values) {

    public FilterCondition {
        if (column == null || column.isEmpty()) {
            throw new IllegalArgumentException("A filter condition needs a column.");
        }
        if (operator == null) {
            throw new IllegalArgumentException("The condition on '" + column + "' needs an operator.");
        }
        values = values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
        int arity = operator.arity();
        if (arity >= 0 && values.size() != arity || arity < 0 && values.isEmpty()) {
            throw new IllegalArgumentException("'" + column + " " + operator.sql() + "' takes "
                    + (arity < 0 ? "one value or more" : arity == 0 ? "no value" : arity == 1 ? "one value" : arity + " values")
                    + ", not " + values.size() + ".");
        }
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException("'" + column + " " + operator.sql()
                        + "' was given NULL; test for NULL with IS NULL or IS NOT NULL.");
            }
        }
    }

    /** A condition with the given values. */
    public static FilterCondition of(String column, FilterOperator operator, Object... values) {
        return new FilterCondition(column, operator, List.of(values));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(column).append(' ').append(operator.sql());
        if (operator == FilterOperator.BETWEEN) {
            sb.append(' ').append(values.get(0)).append(" AND ").append(values.get(1));
        } else if (operator == FilterOperator.IN) {
            sb.append(" (").append(String.join(", ", values.stream().map(String::valueOf).toList())).append(')');
        } else if (!values.isEmpty()) {
            sb.append(' ').append(values.get(0));
        }
        return sb.toString();
    }
}
