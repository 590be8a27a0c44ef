package velocity.core.query;

import velocity.core.VelocityException;

/**
 * Receives a script's statements and their results as they run, on the thread running the script.
 */
public interface ScriptListener {

    /** A statement is about to be sent. */
    default void starting(ScriptStatement statement, int index) {
    }

    /**
     * A result of the statement. Rows are read here, page by page, as many as wanted: the rows not read when
     * this returns are abandoned, so a result is never held whole. A failure of {@code fetch} fails the
     * statement.
     */
    void result(ScriptStatement statement, int index, StatementResult result) throws VelocityException;

    /** The statement is done, successfully or not. */
    default void finished(StatementOutcome outcome) {
    }
}
