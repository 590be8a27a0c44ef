package velocity.core.metadata;

/** The kinds of routine a catalog lists. */
public enum FunctionKind {
    /** Returns a value and is called in an expression. */
    FUNCTION,
    /** Is run with CALL and returns no value (but may have OUT parameters). */
    PROCEDURE,
    /** Folds the rows of a group into one value, like {@code sum}. */
    AGGREGATE,
    /** Is computed over a window of rows, like {@code rank}. */
    WINDOW
}
