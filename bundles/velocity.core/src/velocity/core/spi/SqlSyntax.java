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
}
