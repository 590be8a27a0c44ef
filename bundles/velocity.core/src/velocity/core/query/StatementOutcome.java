package velocity.core.query;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * What one statement of a script did.
 *
 * @param statement the statement
 * @param index its zero-based index in the script
 * @param rowsFetched the rows read from its row results, -1 when it returned none
 * @param allRowsRead whether every row of its row results was read (the rest was abandoned otherwise)
 * @param updateCount the rows it changed, summed over its update counts, -1 when it reported none
 * @param elapsedMillis from sending it to the end of its last result
 * @param error why it failed, or {@code null}; its position counts from the statement's first character
 */
public record StatementOutcome(ScriptStatement statement, int index, long rowsFetched, boolean allRowsRead,
        long updateCount, long elapsedMillis, VelocityException error) {

    public boolean failed() {
        return error != null;
    }

    public boolean cancelled() {
        return error != null && (error.kind() == ErrorKind.CANCELLED || error.kind() == ErrorKind.TIMEOUT);
    }

    /** The offset in the script where the server located the error, or -1. */
    public int errorOffset() {
        return error == null ? -1 : statement.scriptOffset(error.position());
    }

    /** The one-based line of the script where the error is, or of the statement when it has no position. */
    public int errorLine() {
        if (error == null || error.position() < 0) {
            return statement.line();
        }
        String before = statement.text().substring(0, Math.min(error.position(), statement.text().length()));
        return statement.line() + (int) before.chars().filter(c -> c == '\n').count();
    }
}
