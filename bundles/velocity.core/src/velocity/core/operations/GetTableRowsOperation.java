package velocity.core.operations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.internal.FilterClauses;
import velocity.core.internal.ValueReader;
import velocity.core.metadata.TableSchema;
import velocity.core.query.ResultColumn;
import velocity.core.query.TablePage;
import velocity.core.query.TablePageRequest;
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
        String sql = "SELECT * FROM " + from + clauses.where(true) + clauses.orderBy() + syntax.limitOffsetClause();
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
                    int[] types = ValueReader.types(columns);
                    while (rows.size() <= request.pageSize() && rs.next()) {
                        rows.add(ValueReader.row(rs, types));
                    }
                }
            }
            boolean hasMore = rows.size() > request.pageSize();
            if (hasMore) {
                rows.remove(rows.size() - 1);
            }
            long count = request.exactCount() ? count(s, from, clauses) : -1;
            return new TablePage(columns, rows, keys, hasMore, count, clauses.seekColumns());
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
