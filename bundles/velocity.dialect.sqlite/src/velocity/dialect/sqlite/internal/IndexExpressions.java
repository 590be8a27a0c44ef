package velocity.dialect.sqlite.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts the text of an expression out of a CREATE INDEX statement, since SQLite's pragmas describe an expression
 * part only as "not a column". The sort order is reported on its own, so a trailing ASC or DESC is dropped.
 */
final class IndexExpressions {

    /** Shown when the statement cannot be read, so that the part is still visibly an expression. */
    static final String UNKNOWN = "<expression>";

    private static final Pattern SORT_ORDER = Pattern.compile("\\s+(?:ASC|DESC)$", Pattern.CASE_INSENSITIVE);

    private IndexExpressions() {
    }

    /** The text of part {@code seqno} (zero-based) of the index created by {@code createIndex}. */
    static String part(String createIndex, int seqno) {
        if (createIndex == null) {
            return UNKNOWN;
        }
        List<String> parts = SqlText.firstList(createIndex);
        if (seqno < 0 || seqno >= parts.size()) {
            return UNKNOWN;
        }
        String part = parts.get(seqno);
        Matcher order = SORT_ORDER.matcher(part);
        return order.find() ? part.substring(0, order.start()) : part;
    }
}
