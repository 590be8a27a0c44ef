package velocity.dialect.mysql.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a MySQL or MariaDB syntax error is. The servers give no offset, only the text from the fault
 * on, cut to 80 characters, and the line it is on: {@code ... near 'FORM t WHERE x' at line 2}. Empty
 * near-text means the statement ended too early.
 */
final class SyntaxErrorLocator {

    /** Greedy up to the last {@code ' at line}: the near-text may itself hold quotes and line breaks. */
    private static final Pattern NEAR = Pattern.compile("near '(.*)' at line (\\d{1,9})", Pattern.DOTALL);

    /** MariaDB ends a cut near-text with this; MySQL cuts silently. */
    private static final String CUT_MARK = "...";

    /**
     * A server that cuts the near-text at a byte count can split a character and leave a replacement
     * character at its end; this many trailing characters may be dropped to still find it.
     */
    private static final int MAX_TRIMMED = 2;

    /** @return the zero-based offset of the fault in {@code sql}, or -1 when the message does not locate it */
    int locate(String message, String sql) {
        Matcher m = message == null ? null : NEAR.matcher(message);
        if (m == null || !m.find()) {
            return -1;
        }
        String near = m.group(1);
        int lineStart = lineStart(sql, Integer.parseInt(m.group(2)));
        if (lineStart < 0) {
            return -1;
        }
        if (near.isEmpty()) {
            return sql.stripTrailing().length();
        }
        // Uncut, the near-text is the rest of the statement: this finds it even where it also occurs earlier.
        int asSuffix = sql.length() - near.length();
        if (asSuffix >= lineStart && sql.endsWith(near)) {
            return asSuffix;
        }
        String cut = near.endsWith(CUT_MARK) ? near.substring(0, near.length() - CUT_MARK.length()) : near;
        for (int trimmed = 0; trimmed <= MAX_TRIMMED && trimmed < cut.length(); trimmed++) {
            int at = sql.indexOf(cut.substring(0, cut.length() - trimmed), lineStart);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The offset where the 1-based line starts; the servers count {@code \n} only. */
    private static int lineStart(String sql, int line) {
        int offset = 0;
        for (int i = 1; i < line; i++) {
            int newline = sql.indexOf('\n', offset);
            if (newline < 0) {
                return -1;
            }
            offset = newline + 1;
        }
        return offset;
    }
}
