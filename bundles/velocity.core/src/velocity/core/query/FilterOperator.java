package velocity.core.query;

import java.util.Locale;

/** A comparison of a table filter's condition, with the number of values it takes. */
public enum FilterOperator {
    /** {@code column = value} */
    EQUALS("=", 1),
    /** {@code column <> value} */
    NOT_EQUALS("<>", 1),
    /** {@code column < value} */
    LESS("<", 1),
    /** {@code column <= value} */
    LESS_OR_EQUAL("<=", 1),
    /** {@code column > value} */
    GREATER(">", 1),
    /** {@code column >= value} */
    GREATER_OR_EQUAL(">=", 1),
    /** {@code column LIKE pattern}: {@code %} any text, {@code _} one character; other columns compared as text */
    LIKE("LIKE", 1),
    /** {@code column NOT LIKE pattern} */
    NOT_LIKE("NOT LIKE", 1),
    /** {@code column IN (values)}: one value or more */
    IN("IN", -1),
    /** {@code column BETWEEN low AND high}, both included */
    BETWEEN("BETWEEN", 2),
    /** {@code column IS NULL} */
    IS_NULL("IS NULL", 0),
    /** {@code column IS NOT NULL} */
    IS_NOT_NULL("IS NOT NULL", 0);

    private final String sql;
    private final int arity;

    FilterOperator(String sql, int arity) {
        this.sql = sql;
        this.arity = arity;
    }

    /** The operator as SQL spells it, e.g. {@code NOT LIKE}. */
    public String sql() {
        return sql;
    }

    /** How many values it takes: 0, 1, 2, or -1 for one or more. */
    public int arity() {
        return arity;
    }

    /**
     * The operator spelt {@code text}, in any case and spacing ({@code !=} is {@code <>}), or {@code null}.
     */
    public static FilterOperator of(String text) {
        String normalized = text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if ("!=".equals(normalized)) {
            return NOT_EQUALS;
        }
        for (FilterOperator op : values()) {
            if (op.sql.equals(normalized)) {
                return op;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return sql;
    }
}
