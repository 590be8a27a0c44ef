package velocity.core.query;

import java.util.List;

import velocity.core.metadata.TableRef;

/**
 * A page of a table's rows.
 *
 * @param table the table
 * @param pageSize rows per page
 * @param page the zero-based page number, used when {@code afterKey} is {@code null}
 * @param afterKey the key values of the last row of the previous page: the page then starts after it (keyset
 *            paging, fast at any depth), or {@code null}
 * @param exactCount whether to count the table's rows too
 */
public record TablePageRequest(TableRef table, int pageSize, long page, List<Object> afterKey, boolean exactCount) {

    public TablePageRequest {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("The page size must be positive: " + pageSize);
        }
        if (page < 0) {
            throw new IllegalArgumentException("The page number must not be negative: " + page);
        }
        afterKey = afterKey == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(afterKey));
    }
}
