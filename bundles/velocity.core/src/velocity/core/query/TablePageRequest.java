package velocity.core.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import velocity.core.metadata.TableRef;

/**
 * A page of a table's rows.
 *
 * @param table the table
 * @param pageSize rows per page
 * @param page the zero-based page number, used when {@code afterKey} is {@code null}
 * @param afterKey the {@link TablePage#lastKey() last key} of the previous page: the page then starts after
 *            it (keyset paging, fast at any depth), or {@code null}
 * @param exactCount whether to count the rows too (those the filter keeps)
 * @param filter which rows and in which order; {@link TableFilter#NONE} for all rows in key order
 */
public record TablePageRequest(TableRef table, int pageSize, long page, List<Object> afterKey, boolean exactCount,
        TableFilter filter) {

    public TablePageRequest {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("The page size must be positive: " + pageSize);
        }
        if (page < 0) {
            throw new IllegalArgumentException("The page number must not be negative: " + page);
        }
        afterKey = afterKey == null ? null : Collections.unmodifiableList(new ArrayList<>(afterKey));
        filter = filter == null ? TableFilter.NONE : filter;
    }

    /** A page of all rows, in primary-key order. */
    public TablePageRequest(TableRef table, int pageSize, long page, List<Object> afterKey, boolean exactCount) {
        this(table, pageSize, page, afterKey, exactCount, TableFilter.NONE);
    }
}
