package velocity.core.internal;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * Checks a raw WHERE expression before it is put into a page query: it is the user's own SQL and runs as
 * written, but it must stay one expression inside the parentheses it is given. A {@code ;} outside quotes and
 * comments could start a second statement, and an unbalanced parenthesis could close the one it sits in.
 * Whether a backslash escapes a quote depends on the server and its settings, so the text is read both ways
 * and must pass both. Dollar-quoted strings are skipped where the dialect has them (PostgreSQL): elsewhere
 * {@code $} is part of a name, and what follows it is SQL.
 */
final class RawWhere {

    private RawWhere() {
    }

    static void check(String expression, String connectionName, boolean dollarQuotes) throws VelocityException {
        check(expression, connectionName, false, dollarQuotes);
        check(expression, connectionName, true, dollarQuotes);
    }

    private static void check(String expression, String connectionName, boolean backslashEscapes,
            boolean dollarQuotes) throws VelocityException {
        int depth = 0;
        int n = expression.length();
        for (int i = 0; i < n; i++) {
            char c = expression.charAt(i);
            char next = i + 1 < n ? expression.charAt(i + 1) : 0;
            if (c == '\'' || c == '"' || c == '`') {
                i = closing(expression, i, c, backslashEscapes);
            } else if (dollarQuotes && c == '$' && (i == 0 || !namePart(expression.charAt(i - 1)))) {
                i = dollarClosing(expression, i);
            } else if (c == '-' && next == '-') {
                int end = expression.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && next == '*') {
                int end = expression.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
            } else if (c == ';') {
                throw refused(connectionName, "contains ';' at character " + (i + 1)
                        + ": it must be one condition, not a statement. Remove the ';'", i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                throw refused(connectionName, "closes a parenthesis it did not open at character " + (i + 1), i);
            }
        }
        if (depth > 0) {
            throw refused(connectionName, "leaves " + depth + " parenthesis(es) open", n);
        }
    }

    /** The index of the quote closing the one at {@code start} (a doubled quote stays inside), or the end. */
    private static int closing(String text, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < text.length()) {
            if (backslashEscapes && text.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.length();
    }

    /**
     * After a {@code $tag$} at {@code start} (the tag empty or a name not starting with a digit), the index of
     * the last character of the matching closing tag, or the end; {@code start} itself when it opens none.
     */
    private static int dollarClosing(String text, int start) {
        int end = start + 1;
        while (end < text.length() && text.charAt(end) != '$') {
            char c = text.charAt(end);
            if (!(Character.isLetterOrDigit(c) || c == '_') || (end == start + 1 && Character.isDigit(c))) {
                return start;
            }
            end++;
        }
        if (end >= text.length()) {
            return start;
        }
        String tag = text.substring(start, end + 1);
        int close = text.indexOf(tag, end + 1);
        return close < 0 ? text.length() : close + tag.length() - 1;
    }

    private static boolean namePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static VelocityException refused(String connectionName, String why, int position) {
        return new VelocityException(ErrorKind.SYNTAX, "Connection '" + connectionName + "': the WHERE expression "
                + why + ".", connectionName, null, 0, position, null);
    }
}
