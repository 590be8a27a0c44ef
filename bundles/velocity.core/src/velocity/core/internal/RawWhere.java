package velocity.core.internal;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.internal.script.Quoted;

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
            String tag = dollarQuotes && c == '$' && (i == 0 || !Quoted.namePart(expression.charAt(i - 1)))
                    ? Quoted.dollarTag(expression, i) : null;
            // Each skip leaves i on the last character of the quoted text or comment; the loop steps past it.
            if (c == '\'' || c == '"' || c == '`') {
                i = Quoted.skip(expression, i, c, backslashEscapes) - 1;
            } else if (tag != null) {
                int close = expression.indexOf(tag, i + tag.length());
                i = close < 0 ? n : close + tag.length() - 1;
            } else if (c == '-' && next == '-') {
                i = Quoted.endOfLine(expression, i);
            } else if (c == '/' && next == '*') {
                i = Quoted.blockComment(expression, i, false) - 1;
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

    private static VelocityException refused(String connectionName, String why, int position) {
        return new VelocityException(ErrorKind.SYNTAX, "Connection '" + connectionName + "': the WHERE expression "
                + why + ".", connectionName, null, 0, position, null);
    }
}
