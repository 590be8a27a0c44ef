package velocity.core.spi;

import java.util.List;

import velocity.core.query.ScriptStatement;

/**
 * Splits a script into the statements to run one by one, the way the database's own command-line client
 * does: a delimiter inside a string, a quoted identifier, a comment or a routine's body does not end a
 * statement. Chunks with nothing but white space and comments are left out.
 */
public interface StatementSplitter {

    /** The statements of the script, in order, each with its position in the script. */
    List<ScriptStatement> split(String script);
}
