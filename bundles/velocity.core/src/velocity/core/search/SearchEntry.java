package velocity.core.search;

import java.util.Objects;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.FunctionKind;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;

/**
 * One thing Open Anything can find. The {@link #name} is what the query is matched against.
 *
 * @param kind what it is
 * @param connection the saved connection it belongs to
 * @param schema its schema (a MySQL database), or {@code null} for favorites and history
 * @param name the name matched and shown: a table's, a column's, a routine's, a favorite's title, a
 *            statement's first line
 * @param table the table or view a column belongs to; {@code null} for the other kinds
 * @param detail what is shown beside the name: a column's table and type, a routine's signature, a
 *            statement's time; may be {@code null}
 * @param text the SQL a favorite or history entry holds; {@code null} for catalog objects
 * @param function the routine a function or procedure entry stands for; {@code null} for the other kinds
 */
public record SearchEntry(SearchKind kind, String connection, String schema, String name, String table,
        String detail, String text, FunctionInfo function) {

    public SearchEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(name, "name");
    }

    /** A table or view (any {@link TableKind} other than {@code VIEW} or {@code MATERIALIZED_VIEW} is a table). */
    public static SearchEntry table(String connection, TableInfo table) {
        boolean view = table.kind() == TableKind.VIEW || table.kind() == TableKind.MATERIALIZED_VIEW;
        return new SearchEntry(view ? SearchKind.VIEW : SearchKind.TABLE, connection, table.schema(), table.name(),
                null, table.comment(), null, null);
    }

    /** A column of a table or view; its detail is {@code table.column type}, or {@code table.column} untyped. */
    public static SearchEntry column(String connection, String schema, String table, ColumnInfo column) {
        String type = column.typeName() == null || column.typeName().isBlank() ? "" : " " + column.typeName();
        return new SearchEntry(SearchKind.COLUMN, connection, schema, column.name(), table,
                table + "." + column.name() + type, null, null);
    }

    /** A stored function, procedure or aggregate; its detail is its signature and what it returns. */
    public static SearchEntry function(String connection, FunctionInfo function) {
        SearchKind kind = function.kind() == FunctionKind.PROCEDURE ? SearchKind.PROCEDURE : SearchKind.FUNCTION;
        String detail = function.signature() + (function.returnType() == null ? "" : " → " + function.returnType());
        return new SearchEntry(kind, connection, function.schema(), function.name(), null, detail, null, function);
    }

    /**
     * A saved favorite: a named statement on a connection.
     *
     * @param title the name it was saved under, matched by the query
     * @param sql the statement it opens
     */
    public static SearchEntry favorite(String connection, String title, String sql) {
        return new SearchEntry(SearchKind.FAVORITE, connection, null, title, null, firstLine(sql), sql, null);
    }

    /**
     * A statement from the query history.
     *
     * @param sql the statement; its first line is the name matched
     * @param detail when it ran, for instance; may be {@code null}
     */
    public static SearchEntry history(String connection, String sql, String detail) {
        return new SearchEntry(SearchKind.HISTORY, connection, null, firstLine(sql), null, detail, sql, null);
    }

    private static String firstLine(String sql) {
        String trimmed = sql.strip();
        int end = trimmed.indexOf('\n');
        String line = end < 0 ? trimmed : trimmed.substring(0, end).strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
