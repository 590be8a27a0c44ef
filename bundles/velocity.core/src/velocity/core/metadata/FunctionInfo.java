package velocity.core.metadata;

import java.util.Objects;

/**
 * A stored function, procedure or aggregate as listed by the catalog. Overloads (PostgreSQL) are listed one by
 * one and told apart by their arguments.
 *
 * @param schema the schema it belongs to
 * @param name its name
 * @param kind function, procedure, aggregate or window function
 * @param arguments its parameters as the database spells them, e.g. {@code a integer, b text} or
 *            {@code IN a int(11), OUT b varchar(20)}; empty when it takes none
 * @param returnType what it returns as the database spells it, e.g. {@code integer} or
 *            {@code TABLE(id integer)}; {@code null} for a procedure
 * @param language the language of its body, e.g. {@code plpgsql}, {@code sql} or {@code SQL}, or {@code null}
 *            when the database does not say
 * @param comment the comment attached to it, or {@code null}
 */
public record FunctionInfo(String schema, String name, FunctionKind kind, String arguments, String returnType,
        String language, String comment) {

    public FunctionInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        arguments = arguments == null ? "" : arguments;
    }

    /** {@code name(arguments)}: how the routine is told apart from its overloads. */
    public String signature() {
        return name + "(" + arguments + ")";
    }
}
