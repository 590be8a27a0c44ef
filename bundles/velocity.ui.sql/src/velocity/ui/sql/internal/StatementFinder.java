package velocity.ui.sql.internal;

import java.util.List;

import velocity.core.query.ScriptStatement;
import velocity.core.spi.StatementSplitter;

/**
 * Finds the statement to run in a script with the connection's splitter, the one that runs whole scripts, so
 * that Ctrl+Enter and Ctrl+Alt+Enter agree on where statements are: a {@code ;} inside a string, a quoted
 * identifier, a comment or a routine's body does not end one. The statement under the caret is the one whose
 * text contains it; a caret after the end of a statement (just after its delimiter, or on the lines after
 * it) runs that statement, and a caret before the first statement runs the first.
 */
final class StatementFinder {

    /**
     * A statement as it is sent.
     *
     * @param start the document offset of its first character
     * @param text the statement, without surrounding white space, comments and its delimiter
     */
    record Statement(int start, String text) {
        int end() {
            return start + text.length();
        }
    }

    private StatementFinder() {
    }

    /** The statement under the caret, or {@code null} when the script has none. */
    static Statement at(StatementSplitter splitter, String script, int caret) {
        Statement before = null;
        for (Statement s : statements(splitter, script, 0)) {
            if (s.start() <= caret && caret <= s.end()) {
                return s;
            }
            if (s.end() <= caret) {
                before = s;
            } else {
                return before != null ? before : s;
            }
        }
        return before;
    }

    /** The selected text as one statement, or {@code null} when it is blank. */
    static Statement selection(String script, int offset, int length) {
        String selected = script.substring(offset, offset + length);
        int lead = 0;
        while (lead < selected.length() && Character.isWhitespace(selected.charAt(lead))) {
            lead++;
        }
        String text = selected.strip();
        return text.isEmpty() ? null : new Statement(offset + lead, text);
    }

    /** Every statement of a script that starts at {@code base} in the document, in order. */
    static List<Statement> statements(StatementSplitter splitter, String script, int base) {
        return splitter.split(script).stream().map(s -> at(s, base)).toList();
    }

    /** A script's statement at its place in the document. */
    static Statement at(ScriptStatement statement, int base) {
        return new Statement(base + statement.offset(), statement.text());
    }
}
