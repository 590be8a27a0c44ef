package velocity.core.spi;

import java.util.Set;

/** How a dialect spells SQL that Velocity generates. */
public interface SqlSyntax {

    /** The identifier quoted so that any name (spaces, mixed case, quotes, reserved words) is taken as it is. */
    String quote(String identifier);

    /** {@code schema.name}, both parts quoted; the schema is left out when {@code null}. */
    default String qualify(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** The dialect's reserved and key words, upper case, for colouring and quoting decisions. */
    Set<String> keywords();

    /**
     * The clause that limits a query to a page, with two parameters to bind: the row count, then the
     * offset. Appended after ORDER BY.
     */
    default String limitOffsetClause() {
        return " LIMIT ? OFFSET ?";
    }

    /**
     * An expression's value as text, for a LIKE on a column that is not text (PostgreSQL has no LIKE on
     * numbers or dates) and for comparing types that have no parameter type of their own (uuid, json).
     */
    default String asText(String expression) {
        return "CAST(" + expression + " AS VARCHAR)";
    }

    /**
     * Whether dates and times are stored and compared as text (SQLite has no date type): filter values for
     * such columns are then bound as the text the user gave, not as dates.
     */
    default boolean temporalValuesAsText() {
        return false;
    }

    /**
     * Whether {@code $tag$ ... $tag$} is a string (PostgreSQL's dollar quoting), so that a {@code ;} or a
     * parenthesis inside one is text: checks of a user's raw SQL skip such strings only where they are strings.
     */
    default boolean dollarQuotedStrings() {
        return false;
    }
}
