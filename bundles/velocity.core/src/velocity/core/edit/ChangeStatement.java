package velocity.core.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import velocity.core.metadata.ColumnInfo;

/**
 * The statement that applies one pending change.
 *
 * @param change the change
 * @param sql the SQL with a {@code ?} per value, as it is executed
 * @param values the values bound to the parameters, in order
 * @param columns the column each value belongs to, for binding
 * @param preview the SQL with the values written as literals, for reading and copying
 * @param singleRow whether the statement must change exactly one row (UPDATE and DELETE)
 */
public record ChangeStatement(RowChange change, String sql, List<Object> values, List<ColumnInfo> columns,
        String preview, boolean singleRow) {

    public ChangeStatement {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        columns = List.copyOf(columns);
    }
}
