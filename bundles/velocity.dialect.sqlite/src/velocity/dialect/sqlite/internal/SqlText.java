package velocity.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of SQLite's lexer to find things in SQL text: string literals and comments are opaque, so a
 * word inside {@code 'it''s'} or {@code -- note} is never taken for SQL. Quoted identifiers stay searchable,
 * because SQLite's messages name objects without their quotes.
 */
final class SqlText {

    private SqlText() {
    }

    /**
     * The offset of the first occurrence of {@code token} that starts outside any string literal or comment and
     * is not part of a longer word, or -1.
     */
    static int find(String sql, String token) {
        if (token.isEmpty()) {
            return -1;
        }
        int i = 0;
        while (i < sql.length()) {
            if (matchesAt(sql, i, token)) {
                return i;
            }
            int literalEnd = opaqueEnd(sql, i);
            int identifierEnd = identifierEnd(sql, i);
            if (literalEnd > i) {
                i = literalEnd;
            } else if (identifierEnd > i) {
                for (int j = i + 1; j < identifierEnd; j++) {
                    if (matchesAt(sql, j, token)) {
                        return j;
                    }
                }
                i = identifierEnd;
            } else {
                i++;
            }
        }
        return -1;
    }

    /**
     * The items of the first parenthesised list in {@code sql} (the one after {@code ON table} in CREATE
     * INDEX), split at its top-level commas and stripped; empty when there is no complete list.
     */
    static List<String> firstList(String sql) {
        int open = indexOfBare(sql, '(');
        if (open < 0) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        int i = start;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = Math.max(opaqueEnd(sql, i), identifierEnd(sql, i));
            if (end > i) {
                i = end;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                items.add(sql.substring(start, i).strip());
                if (c == ')') {
                    return items;
                }
                start = i + 1;
            }
            i++;
        }
        return List.of();
    }

    private static int indexOfBare(String sql, char wanted) {
        int i = 0;
        while (i < sql.length()) {
            if (sql.charAt(i) == wanted) {
                return i;
            }
            int end = Math.max(opaqueEnd(sql, i), identifierEnd(sql, i));
            i = end > i ? end : i + 1;
        }
        return -1;
    }

    /** The end of the quoted identifier starting at {@code i}, or {@code i} when none does. */
    private static int identifierEnd(String sql, int i) {
        char c = sql.charAt(i);
        return switch (c) {
            case '"', '`' -> closeQuote(sql, i, c);
            case '[' -> closeQuote(sql, i, ']');
            default -> i;
        };
    }

    /** The end of the string literal or comment starting at {@code i}, or {@code i} when none does. */
    private static int opaqueEnd(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'') {
            return closeQuote(sql, i, '\'');
        }
        if (c == '-' && sql.startsWith("--", i)) {
            int eol = sql.indexOf('\n', i);
            return eol < 0 ? sql.length() : eol + 1;
        }
        if (c == '/' && sql.startsWith("/*", i)) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        return i;
    }

    /** Quotes close at the first lone closing character; a doubled one stands for itself. */
    private static int closeQuote(String sql, int open, char close) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (close != ']' && i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean matchesAt(String sql, int start, String token) {
        if (!sql.startsWith(token, start)) {
            return false;
        }
        int end = start + token.length();
        boolean startsWord = isWordChar(token.charAt(0));
        boolean endsWord = isWordChar(token.charAt(token.length() - 1));
        return !(startsWord && start > 0 && isWordChar(sql.charAt(start - 1)))
                && !(endsWord && end < sql.length() && isWordChar(sql.charAt(end)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
