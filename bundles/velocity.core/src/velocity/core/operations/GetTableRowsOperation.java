package velocity.core.operations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.edit.RowIdentity;
import velocity.core.internal.FilterClauses;
import velocity.core.internal.ValueReader;
import velocity.core.metadata.TableSchema;
import velocity.core.query.ResultColumn;
import velocity.core.query.TablePage;
import velocity.core.query.TablePageRequest;
import velocity.core.spi.ColumnReader;
import velocity.core.spi.SqlSession;
import velocity.core.spi.SqlSyntax;

/**
 * A page of a table's rows, those the request's filter keeps, in the filter's sort and then primary-key
 * order. Given the key of the previous page's last row it seeks past it (keyset paging), which stays fast
 * however deep the page; otherwise, and whenever the order cannot seek (no primary key, or a sort on a column
 * that may be NULL), it skips {@code page * pageSize} rows. The exact count counts the filtered rows.
 * Identifiers are quoted by the dialect and every value is bound.
 */
public final class GetTableRowsOperation implements VelocityOperation<TablePage> {

    private final ActiveConnection connection;
    private final TablePageRequest request;

    public GetTableRowsOperation(ActiveConnection connection, TablePageRequest request) {
        this.connection = connection;
        this.request = request;
    }

    @Override
    public String label() {
        return "Reading rows of " + request.table() + " on '" + connection.name() + "'";
    }

    @Override
    public TablePage run(Monitor monitor) throws VelocityException {
        TableSchema schema = new GetTableSchemaOperation(connection, request.table()).run(monitor);
        List<String> keys = schema.primaryKey() == null ? List.of() : schema.primaryKey().columns();
        SqlSyntax syntax = connection.dialect().syntax();
        String from = syntax.qualify(schema.table().schema(), schema.table().name());
        FilterClauses clauses = FilterClauses.plan(syntax, connection.name(), schema, request.filter(), keys,
                request.afterKey());
        String rowId = RowIdentity.of(schema, connection.dialect()).kind() == RowIdentity.Kind.ROW_ID
                ? connection.dialect().editing().rowIdColumn() : null;
        // A table edited by its row id carries it as a first column, split off into the page's row ids.
        String sql = (rowId == null ? "SELECT * FROM " : "SELECT " + rowId + ", * FROM ") + from + clauses.where(true)
                + clauses.orderBy() + syntax.limitOffsetClause();
        long offset = clauses.seeks() ? 0 : request.page() * request.pageSize();
        return connection.withSession(monitor, label(), true, s -> {
            List<ResultColumn> columns;
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = s.prepare(sql)) {
                int p = clauses.bind(ps, 1, true);
                ps.setInt(p++, request.pageSize() + 1);
                ps.setLong(p, offset);
                ps.setFetchSize(request.pageSize() + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    columns = ValueReader.columns(rs.getMetaData());
                    ColumnReader[] readers = ValueReader.readers(rs, columns, connection.dialect().values());
                    while (rows.size() <= request.pageSize() && rs.next()) {
                        rows.add(ValueReader.row(rs, readers));
                    }
                }
            }
            boolean hasMore = rows.size() > request.pageSize();
            if (hasMore) {
                rows.remove(rows.size() - 1);
            }
            List<Object> rowIds = new ArrayList<>();
            if (rowId != null) {
                columns = columns.subList(1, columns.size());
                for (int i = 0; i < rows.size(); i++) {
                    Object[] row = rows.get(i);
                    rowIds.add(row[0]);
                    rows.set(i, Arrays.copyOfRange(row, 1, row.length));
                }
            }
            long count = request.exactCount() ? count(s, from, clauses) : -1;
            return new TablePage(columns, rows, keys, hasMore, count, clauses.seekColumns(), rowIds);
        });
    }

    private static long count(SqlSession session, String from, FilterClauses clauses) throws SQLException {
        try (PreparedStatement ps = session.prepare("SELECT COUNT(*) FROM " + from + clauses.where(false))) {
            clauses.bind(ps, 1, false);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
