package velocity.ui.sql.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the statement to run in a script. The rule: statements end at a {@code ;} or at a blank line (a
 * line of nothing but white space); a {@code ;} or blank line inside a string literal, a quoted identifier
 * or a comment does not count. The statement under the caret is the one whose text contains it; a caret
 * after the end of a statement (just after its {@code ;}, or on the blank lines after it) runs that
 * statement, and a caret before the first statement runs the first.
 */
final class StatementFinder {

    /**
     * A statement as it is sent.
     *
     * @param start the document offset of its first character
     * @param text the statement, without surrounding white space and its terminating {@code ;}
     */
    record Statement(int start, String text) {
        int end() {
            return start + text.length();
        }
    }

    private StatementFinder() {
    }

    /** The statement under the caret, or {@code null} when the script has none. */
    static Statement at(String script, int caret) {
        Statement before = null;
        for (Statement s : statements(script)) {
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

    /** Every non-blank statement of the script, in order. */
    static List<Statement> statements(String script) {
        List<Statement> found = new ArrayList<>();
        int segmentStart = 0;
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            int next = skipQuotedOrComment(script, i);
            if (next > i) {
                i = next;
            } else if (c == ';') {
                add(found, script, segmentStart, i);
                segmentStart = ++i;
            } else if (c == '\n' && blankLineFollows(script, i + 1)) {
                add(found, script, segmentStart, i);
                segmentStart = ++i;
            } else {
                i++;
            }
        }
        add(found, script, segmentStart, n);
        return found;
    }

    /** The offset after the literal, quoted identifier or comment starting at {@code i}, or {@code i}. */
    private static int skipQuotedOrComment(String s, int i) {
        char c = s.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int close = s.indexOf(c, i + 1);
            return close < 0 ? s.length() : close + 1;
        }
        if (s.startsWith("--", i)) {
            int eol = s.indexOf('\n', i);
            // The newline stays outside the comment: it may begin a blank line.
            return eol < 0 ? s.length() : eol;
        }
        if (s.startsWith("/*", i)) {
            int close = s.indexOf("*/", i + 2);
            return close < 0 ? s.length() : close + 2;
        }
        return i;
    }

    private static boolean blankLineFollows(String s, int from) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static void add(List<Statement> found, String script, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(script.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(script.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            found.add(new Statement(start, script.substring(start, end)));
        }
    }
}
