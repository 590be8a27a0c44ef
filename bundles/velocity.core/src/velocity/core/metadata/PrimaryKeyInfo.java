package velocity.core.metadata;

import java.util.List;

/**
 * A primary key.
 *
 * @param name the constraint name, or {@code null} when the database gives none
 * @param columns the key columns in key order
 */
public record PrimaryKeyInfo(String name, List<String> columns) {

    public PrimaryKeyInfo {
        columns = List.copyOf(columns);
    }
}
