package velocity.core.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.edit.ApplyResult;
import velocity.core.edit.ChangeFailure;
import velocity.core.edit.ChangeStatement;
import velocity.core.edit.EditableTable;
import velocity.core.edit.PendingChanges;
import velocity.core.edit.RowChange;
import velocity.core.internal.Errors;
import velocity.core.spi.SqlSession;

/**
 * Applies row changes in one transaction: each statement with bound values, each UPDATE and DELETE required
 * to change exactly one row. On any error, a statement that changed no row or several rows included, the
 * transaction is rolled back, nothing is changed, and the exception and {@link #failure()} say which change
 * failed and why. The caller keeps its pending changes until this operation succeeds.
 */
public final class ApplyChangesOperation implements VelocityOperation<ApplyResult> {

    private static final String KEPT = "Everything was rolled back; nothing was changed.";

    private final ActiveConnection connection;
    private final EditableTable table;
    private final List<ChangeStatement> statements;
    private volatile ChangeFailure failure;

    /**
     * @param changes the changes in the order to apply them, e.g. {@link PendingChanges#changes()}
     * @throws IllegalStateException when the table is read-only and a change updates or deletes
     */
    public ApplyChangesOperation(ActiveConnection connection, EditableTable table, List<RowChange> changes) {
        this.connection = connection;
        this.table = table;
        this.statements = PendingChanges.statements(table, changes);
    }

    @Override
    public String label() {
        return "Applying " + count(statements.size()) + " to " + table.schema().table().ref() + " on '"
                + connection.name() + "'";
    }

    /** The change that failed in the last run, or {@code null} when it succeeded or has not run. */
    public ChangeFailure failure() {
        return failure;
    }

    @Override
    public ApplyResult run(Monitor monitor) throws VelocityException {
        failure = null;
        if (statements.isEmpty()) {
            return new ApplyResult(0, 0);
        }
        return connection.withSession(monitor, label(), false, session -> {
            Connection c = session.connection();
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                long rows = 0;
                for (int i = 0; i < statements.size(); i++) {
                    rows += execute(session, i, monitor);
                }
                c.commit();
                return new ApplyResult(statements.size(), rows);
            } catch (SQLException | VelocityException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        });
    }

    private long execute(SqlSession session, int index, Monitor monitor) throws VelocityException {
        ChangeStatement statement = statements.get(index);
        int count;
        try (PreparedStatement ps = session.prepare(statement.sql())) {
            for (int p = 0; p < statement.values().size(); p++) {
                table.dialect().editing().bind(ps, p + 1, statement.columns().get(p), statement.values().get(p));
            }
            count = ps.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            if (monitor.isCancelled()) {
                throw new VelocityException(ErrorKind.CANCELLED, "Connection '" + connection.name() + "': " + label()
                        + " was cancelled; nothing was changed.", connection.name(), null, 0,
                        -1, e);
            }
            VelocityException translated = Errors.translate(e, table.dialect().errors(), connection.settings(),
                    statement.sql(), "Change " + (index + 1) + " of " + statements.size() + " ("
                            + describe(statement.change()) + ")");
            failure = new ChangeFailure(index, statement.change(), Errors.rootMessage(e));
            throw new VelocityException(translated.kind(), translated.getMessage() + " " + KEPT, connection.name(),
                    translated.sqlState(), translated.vendorCode(), -1, e);
        }
        if (statement.singleRow() && count != 1) {
            String reason = count == 0 ? "it matched no row: the row was changed or deleted by someone else meanwhile"
                    : "it matched " + count + " rows, not exactly one: the key does not identify a single row";
            failure = new ChangeFailure(index, statement.change(), reason + ".");
            throw new VelocityException(ErrorKind.OTHER, "Connection '" + connection.name() + "': Change " + (index + 1)
                    + " of " + statements.size() + " (" + describe(statement.change()) + ") failed: " + reason + ". "
                    + KEPT);
        }
        return Math.max(count, 0);
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** "update of the row id = 5", for messages. */
    public String describe(RowChange change) {
        return switch (change) {
            case RowChange.Insert i -> "insert of a new row";
            case RowChange.Update u -> "update of the row " + key(u.key().values());
            case RowChange.Delete d -> "delete of the row " + key(d.key().values());
        };
    }

    private String key(List<Object> values) {
        List<String> names = table.identity().columns();
        return java.util.stream.IntStream.range(0, values.size())
                .mapToObj(i -> (i < names.size() ? names.get(i) : "?") + " = " + values.get(i))
                .collect(Collectors.joining(", "));
    }

    private static String count(int n) {
        return n == 1 ? "1 change" : n + " changes";
    }
}
