package velocity.core.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.TableSchema;
import velocity.core.query.FilterCondition;
import velocity.core.query.FilterOperator;
import velocity.core.query.SortKey;
import velocity.core.query.TableFilter;
import velocity.core.spi.SqlSyntax;

/**
 * The WHERE and ORDER BY of a table page: the filter's conditions and raw expression, the seek past the
 * previous page's last row, and the order (the sort, then the primary key). Identifiers are quoted by the
 * dialect; every value is a parameter, bound by {@link #bind}.
 * <p>
 * Keyset paging needs a total order whose columns are never NULL: the primary key makes the order total, and
 * a sort on a column that may be NULL (or on a type that cannot be bound back as itself) pages by offset.
 */
public final class FilterClauses {

    private record Order(ColumnInfo column, FilterValues.Kind kind, boolean descending) {
    }

    private final SqlSyntax syntax;
    private final String connectionName;
    private final StringBuilder conditions = new StringBuilder();
    private final List<Object> conditionValues = new ArrayList<>();
    private final List<Order> order = new ArrayList<>();
    private final boolean seekable;
    private String seek = "";
    private final List<Object> seekValues = new ArrayList<>();

    private FilterClauses(SqlSyntax syntax, String connectionName, boolean seekable) {
        this.syntax = syntax;
        this.connectionName = connectionName;
        this.seekable = seekable;
    }

    /**
     * Plans the clauses of a page.
     *
     * @param afterKey the previous page's last key, or {@code null}; ignored when the order cannot seek
     * @throws VelocityException a column the table does not have, a value that does not fit its column, or a
     *             raw expression that is not one expression
     */
    public static FilterClauses plan(SqlSyntax syntax, String connectionName, TableSchema schema, TableFilter filter,
            List<String> primaryKey, List<Object> afterKey) throws VelocityException {
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        schema.columns().forEach(c -> columns.put(c.name(), c));
        List<Order> order = new ArrayList<>();
        boolean seekable = !primaryKey.isEmpty();
        for (SortKey key : filter.sort()) {
            ColumnInfo column = column(columns, key.column(), schema, connectionName);
            if (order.stream().noneMatch(o -> o.column().name().equals(column.name()))) {
                order.add(new Order(column, FilterValues.kind(column), key.descending()));
                seekable &= !column.nullable();
            }
        }
        for (String k : primaryKey) {
            ColumnInfo column = columns.get(k);
            if (column == null) {
                seekable = false;
            } else if (order.stream().noneMatch(o -> o.column().name().equals(k))) {
                order.add(new Order(column, FilterValues.kind(column), false));
            }
        }
        seekable &= order.stream().noneMatch(o -> FilterValues.comparedAsText(o.kind()));
        FilterClauses clauses = new FilterClauses(syntax, connectionName, seekable);
        clauses.order.addAll(order);
        for (FilterCondition condition : filter.conditions()) {
            clauses.condition(column(columns, condition.column(), schema, connectionName), condition);
        }
        if (filter.rawWhere() != null) {
            RawWhere.check(filter.rawWhere(), connectionName, syntax.dollarQuotedStrings());
            // The newline ends a trailing -- comment before the closing parenthesis.
            clauses.and().append('(').append(filter.rawWhere()).append("\n)");
        }
        if (seekable && afterKey != null) {
            clauses.seek(afterKey);
        }
        return clauses;
    }

    /** {@code " WHERE ..."} with the filter and, when {@code withSeek}, the seek; empty when there is none. */
    public String where(boolean withSeek) {
        List<String> parts = new ArrayList<>(2);
        if (!conditions.isEmpty()) {
            parts.add(conditions.toString());
        }
        if (withSeek && !seek.isEmpty()) {
            parts.add(seek);
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    /** {@code " ORDER BY ..."}, or empty when there is neither sort nor primary key. */
    public String orderBy() {
        if (order.isEmpty()) {
            return "";
        }
        return " ORDER BY " + String.join(", ",
                order.stream().map(o -> syntax.quote(o.column().name()) + (o.descending() ? " DESC" : "")).toList());
    }

    /** Whether the page seeks past a key rather than skipping rows. */
    public boolean seeks() {
        return !seek.isEmpty();
    }

    /** The columns whose values in a page's last row are the next page's key; empty when it cannot seek. */
    public List<String> seekColumns() {
        return seekable ? order.stream().map(o -> o.column().name()).toList() : List.of();
    }

    /** Binds the parameters of {@link #where(boolean)} from {@code first}; returns the next free index. */
    public int bind(PreparedStatement ps, int first, boolean withSeek) throws SQLException {
        int p = first;
        for (Object value : conditionValues) {
            FilterValues.bind(ps, p++, value);
        }
        if (withSeek) {
            for (Object value : seekValues) {
                FilterValues.bind(ps, p++, value);
            }
        }
        return p;
    }

    private StringBuilder and() {
        return conditions.isEmpty() ? conditions : conditions.append(" AND ");
    }

    private void condition(ColumnInfo column, FilterCondition condition) throws VelocityException {
        FilterValues.Kind kind = FilterValues.kind(column);
        FilterOperator op = condition.operator();
        boolean like = op == FilterOperator.LIKE || op == FilterOperator.NOT_LIKE;
        String quoted = syntax.quote(column.name());
        boolean asText = (like && kind != FilterValues.Kind.TEXT || FilterValues.comparedAsText(kind))
                && op.arity() != 0;
        FilterValues.Kind valueKind = asText ? FilterValues.Kind.TEXT : kind;
        String target = asText ? syntax.asText(quoted) : quoted;
        StringBuilder sql = and().append(target).append(' ').append(op.sql());
        switch (op) {
            case IS_NULL, IS_NOT_NULL -> {
                return;
            }
            case IN -> sql.append(" (").append(String.join(", ", Collections.nCopies(condition.values().size(), "?")))
                    .append(')');
            case BETWEEN -> sql.append(" ? AND ?");
            default -> sql.append(" ?");
        }
        for (Object value : condition.values()) {
            Object v = like ? String.valueOf(value) : value;
            conditionValues.add(FilterValues.convert(syntax, column, valueKind, v, connectionName));
        }
    }

    private void seek(List<Object> afterKey) throws VelocityException {
        if (afterKey.size() != order.size()) {
            throw new IllegalArgumentException("The key has " + afterKey.size() + " values; the page's order has "
                    + order.size() + " columns.");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Order o = order.get(i);
            values.add(FilterValues.convert(syntax, o.column(), o.kind(), afterKey.get(i), connectionName));
        }
        boolean oneDirection = order.stream().allMatch(o -> o.descending() == order.get(0).descending());
        if (oneDirection) {
            // A row comparison is one index range in every supported database.
            seek = "(" + String.join(", ", order.stream().map(o -> syntax.quote(o.column().name())).toList()) + ") "
                    + (order.get(0).descending() ? "<" : ">") + " ("
                    + String.join(", ", Collections.nCopies(order.size(), "?")) + ")";
            seekValues.addAll(values);
            return;
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(syntax.quote(order.get(j).column().name()) + " = ?");
                seekValues.add(values.get(j));
            }
            terms.add(syntax.quote(order.get(i).column().name()) + (order.get(i).descending() ? " < ?" : " > ?"));
            seekValues.add(values.get(i));
            alternatives.add("(" + String.join(" AND ", terms) + ")");
        }
        seek = "(" + String.join(" OR ", alternatives) + ")";
    }

    private static ColumnInfo column(Map<String, ColumnInfo> columns, String name, TableSchema schema,
            String connectionName) throws VelocityException {
        ColumnInfo exact = columns.get(name);
        if (exact != null) {
            return exact;
        }
        List<ColumnInfo> folded = columns.values().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
        if (folded.size() == 1) {
            return folded.get(0);
        }
        throw new VelocityException(ErrorKind.UNKNOWN_OBJECT, "Connection '" + connectionName + "': table "
                + schema.table().ref() + " has no column '" + name + "'. Its columns: "
                + String.join(", ", columns.keySet()) + ".", connectionName, null, 0, -1, null);
    }
}
