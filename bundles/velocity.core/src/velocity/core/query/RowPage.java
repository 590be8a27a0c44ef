package velocity.core.query;

import java.util.List;

/**
 * Consecutive rows of a result. Values are plain Java objects: {@code null} for SQL NULL, {@link String},
 * {@link Number}, {@link Boolean}, {@code java.time} types, {@code byte[]} for binary data.
 *
 * @param rows the rows; each array has one value per result column
 * @param last whether the result has no rows after these
 */
public record RowPage(List<Object[]> rows, boolean last) {

    public RowPage {
        rows = List.copyOf(rows);
    }
}
