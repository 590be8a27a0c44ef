package velocity.core.query;

/**
 * One statement of a script, as a splitter found it.
 *
 * @param text the statement as it is sent: from its first token to its last, without the delimiter and
 *            without the comments and white space around it
 * @param offset the zero-based offset of its first character in the script
 * @param line the one-based line of the script it starts on
 */
public record ScriptStatement(String text, int offset, int line) {

    public ScriptStatement {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A script statement has text.");
        }
        if (offset < 0 || line < 1) {
            throw new IllegalArgumentException("Bad position: offset " + offset + ", line " + line);
        }
    }

    /** The offset just after its last character in the script. */
    public int end() {
        return offset + text.length();
    }

    /**
     * The offset in the script of a position the server gave in this statement, -1 staying -1. A position
     * beyond the statement is clamped to its end.
     */
    public int scriptOffset(int positionInStatement) {
        return positionInStatement < 0 ? -1 : offset + Math.min(positionInStatement, text.length());
    }
}
