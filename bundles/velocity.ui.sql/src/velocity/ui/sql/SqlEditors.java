package velocity.ui.sql;

/** Ids of the SQL editor and its commands. */
public final class SqlEditors {

    /** The SQL editor. */
    public static final String EDITOR_ID = "velocity.ui.sql.editor";
    /** The key-binding context active in SQL editors. */
    public static final String CONTEXT_ID = "velocity.ui.sql.context";
    /** Runs the statement under the caret, or the selection (Ctrl+Enter). */
    public static final String RUN_COMMAND = "velocity.ui.sql.run";
    /** Runs the whole script, or the selection as a script, each statement into a tab (Ctrl+Alt+Enter). */
    public static final String RUN_SCRIPT_COMMAND = "velocity.ui.sql.runScript";
    /** Cancels the running statement or script. */
    public static final String CANCEL_COMMAND = "velocity.ui.sql.cancel";
    /** The factory that recreates a script's editor input after a restart. */
    public static final String INPUT_FACTORY_ID = "velocity.ui.sql.scriptInputFactory";

    private SqlEditors() {
    }
}
