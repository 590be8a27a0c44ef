package velocity.dialect.postgresql.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of an SQL text as pgjdbc sends them. pgjdbc splits a text at each semicolon outside quotes,
 * comments and parentheses and sends every piece separately, so the server's error position counts from the
 * start of the failing piece; with one piece that is the start of the text. The lexical rules are pgjdbc's
 * (standard-conforming strings, E'' escapes, dollar quotes, nested block comments).
 */
final class StatementFragments {

    private final String sql;
    private final List<int[]> fragments = new ArrayList<>();
    private int fragmentStart;
    private boolean content;

    private StatementFragments(String sql) {
        this.sql = sql;
    }

    /** Splits a text into the non-blank statements pgjdbc would send. */
    static StatementFragments of(String sql) {
        StatementFragments result = new StatementFragments(sql);
        result.split();
        return result;
    }

    /**
     * The zero-based offset in the whole text of the server's zero-based character (code point) offset, or -1
     * when no single statement can hold it: nothing says which of several statements failed, and no offset is
     * better than a wrong one. The end of a statement is a valid place, for errors "at end of input".
     */
    int offsetOf(int serverOffset) {
        int found = -1;
        for (int[] fragment : fragments) {
            if (serverOffset <= sql.codePointCount(fragment[0], fragment[1])) {
                if (found >= 0) {
                    return -1;
                }
                found = sql.offsetByCodePoints(fragment[0], serverOffset);
            }
        }
        return found;
    }

    private void split() {
        int depth = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == ';' && depth == 0) {
                endFragment(i);
                fragmentStart = i + 1;
                i++;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                content = true;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            i = skip(i);
        }
        endFragment(sql.length());
    }

    private void endFragment(int end) {
        if (content) {
            fragments.add(new int[] {fragmentStart, end});
        }
        content = false;
    }

    /** The index after the lexical unit that starts at {@code i}: a literal, a quoted name, a comment or one char. */
    private int skip(int i) {
        char c = sql.charAt(i);
        if (c == '\'') {
            return skipString(i, isEscapeStringPrefix(i));
        }
        if (c == '"') {
            return skipPast(i + 1, "\"");
        }
        if (sql.startsWith("--", i)) {
            return skipLineComment(i);
        }
        if (sql.startsWith("/*", i)) {
            return skipBlockComment(i);
        }
        if (c == '$') {
            return skipDollarQuote(i);
        }
        return i + 1;
    }

    private boolean isEscapeStringPrefix(int quote) {
        return quote >= 1 && (sql.charAt(quote - 1) == 'E' || sql.charAt(quote - 1) == 'e')
                && (quote == 1 || !isIdentifierChar(sql.charAt(quote - 2)));
    }

    private int skipString(int quote, boolean backslashEscapes) {
        int i = quote + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private int skipPast(int from, String end) {
        int found = sql.indexOf(end, from);
        return found < 0 ? sql.length() : found + end.length();
    }

    private int skipLineComment(int i) {
        int end = i;
        while (end < sql.length() && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private int skipBlockComment(int i) {
        int depth = 0;
        int j = i;
        while (j < sql.length()) {
            if (sql.startsWith("/*", j)) {
                depth++;
                j += 2;
            } else if (sql.startsWith("*/", j)) {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return sql.length();
    }

    /** {@code $tag$ ... $tag$}; a {@code $} inside a name or before a digit ({@code $1}) starts no quote. */
    private int skipDollarQuote(int i) {
        if (i > 0 && isIdentifierChar(sql.charAt(i - 1))) {
            return i + 1;
        }
        int tagEnd = i + 1;
        while (tagEnd < sql.length() && sql.charAt(tagEnd) != '$') {
            char c = sql.charAt(tagEnd);
            boolean valid = tagEnd == i + 1 ? Character.isLetter(c) || c == '_' : isIdentifierChar(c);
            if (!valid) {
                return i + 1;
            }
            tagEnd++;
        }
        if (tagEnd >= sql.length()) {
            return i + 1;
        }
        String tag = sql.substring(i, tagEnd + 1);
        return skipPast(tagEnd + 1, tag);
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
