package velocity.core.internal.script;

/**
 * Where quoted text and comments end; each method returns the script's length when one never does. Shared by
 * the script splitter and the check of a raw WHERE expression.
 */
public final class Quoted {

    private Quoted() {
    }

    /**
     * The offset after the text quoted by {@code quote} that starts at {@code i}: a doubled quote stays
     * inside, and so does an escaped character when backslashes escape.
     */
    public static int skip(String s, int i, char quote, boolean backslashEscapes) {
        int n = s.length();
        int j = i + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (backslashEscapes && c == '\\') {
                j += 2;
            } else if (c == quote) {
                if (j + 1 < n && s.charAt(j + 1) == quote) {
                    j += 2;
                } else {
                    return j + 1;
                }
            } else {
                j++;
            }
        }
        return n;
    }

    /** The offset of the line break ending the line that contains {@code i}, or the script's length. */
    public static int endOfLine(String s, int i) {
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\n' || c == '\r') {
                return j;
            }
        }
        return s.length();
    }

    /** The offset after the block comment starting at {@code i}, counting nested ones when they nest. */
    public static int blockComment(String s, int i, boolean nested) {
        int n = s.length();
        int level = 1;
        int j = i + 2;
        while (j < n) {
            if (s.startsWith("*/", j)) {
                level--;
                j += 2;
                if (level == 0 || !nested) {
                    return j;
                }
            } else if (nested && s.startsWith("/*", j)) {
                level++;
                j += 2;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * The dollar-quote tag ({@code $$} or {@code $name$}) that starts at {@code i}, or {@code null}: the name
     * is an identifier that does not start with a digit, so {@code $1} is a parameter, not a quote.
     */
    public static String dollarTag(String s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
            while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                j++;
            }
        }
        return j < n && s.charAt(j) == '$' ? s.substring(i, j + 1) : null;
    }

    /** Whether {@code c} continues a name: a {@code $} after such a character is part of it ({@code a$b}). */
    public static boolean namePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
