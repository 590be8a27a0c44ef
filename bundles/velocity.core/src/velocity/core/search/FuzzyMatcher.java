package velocity.core.search;

import java.util.Arrays;

/**
 * Matches a query against names as a case-insensitive subsequence and scores how good the match is, best
 * first: the whole name, then a prefix, then a run starting at a word boundary ({@code order} in
 * {@code customer_orders}), then letters that all start words or follow one another from a word start
 * ({@code cuor} in {@code customer_orders}, {@code oi} in {@code OrderItems}), then a run inside a word, then
 * letters scattered anywhere. Within a tier, more word starts, longer runs, earlier starts and shorter names
 * win. Word boundaries are the start, the character after {@code _ . - $} or a space, a lower-case letter
 * followed by a capital, and a digit after a non-digit. Spaces in the query are ignored, so
 * {@code customer orders} finds {@code customer_orders}.
 *
 * <p>Not thread-safe: it reuses its buffers from one name to the next so that scoring a name allocates
 * nothing.
 */
public final class FuzzyMatcher {

    /** What {@link #score} returns for a name the query does not match. */
    public static final int NO_MATCH = -1;

    /** The tiers, from worst to best; a score is {@code tier * TIER + intra-tier score}. */
    static final int SCATTERED = 0;
    static final int INNER_RUN = 1;
    static final int WORD_STARTS = 2;
    static final int BOUNDARY_RUN = 3;
    static final int PREFIX = 4;
    static final int EXACT = 5;
    static final int TIER = 1_000_000;

    private char[] query = new char[0];
    private int length;
    private int[] positions = new int[16];

    /**
     * Sets the query every following {@link #score} call matches.
     *
     * @return the normalized query: lower case, without spaces
     */
    public String query(String text) {
        String normalized = normalize(text);
        length = normalized.length();
        if (query.length < length) {
            query = new char[Math.max(length, query.length * 2)];
            positions = new int[query.length];
        }
        normalized.getChars(0, length, query, 0);
        return normalized;
    }

    /** The query as it is matched: lower case, without white space. */
    public static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Scores a name against the query; convenient, but it lower-cases the name on every call. */
    public int score(String name) {
        return score(lower(name), boundaries(name));
    }

    /**
     * Scores a name given in its prepared form.
     *
     * @param name the name in lower case ({@link #lower})
     * @param bounds its word boundaries ({@link #boundaries})
     * @return the score, higher is better, or {@link #NO_MATCH}
     */
    int score(char[] name, long bounds) {
        int m = length;
        int n = name.length;
        if (m == 0 || m > n) {
            return NO_MATCH;
        }
        int run = indexOf(name, 0);
        if (run >= 0) {
            if (run == 0) {
                fillRun(0);
                return (m == n ? EXACT : PREFIX) * TIER + intra(m, m - 1, 0, n);
            }
            for (int at = run; at >= 0; at = indexOf(name, at + 1)) {
                if (isBoundary(name, bounds, at)) {
                    fillRun(at);
                    return BOUNDARY_RUN * TIER + intra(m, m - 1, at, n);
                }
            }
            fillRun(run);
            return INNER_RUN * TIER + intra(0, m - 1, run, n);
        }
        if (!align(name, bounds)) {
            return NO_MATCH;
        }
        int starts = 0;
        int adjacent = 0;
        boolean wordStarts = true;
        for (int i = 0; i < m; i++) {
            int p = positions[i];
            boolean boundary = isBoundary(name, bounds, p);
            boolean follows = i > 0 && positions[i - 1] == p - 1;
            starts += boundary ? 1 : 0;
            adjacent += follows ? 1 : 0;
            wordStarts &= boundary || follows;
        }
        return (wordStarts ? WORD_STARTS : SCATTERED) * TIER + intra(starts, adjacent, positions[0], n);
    }

    /** The positions in the name of the query's characters, for the last name {@link #score} matched. */
    public int[] positions() {
        return Arrays.copyOf(positions, length);
    }

    /** A name in the form {@link #score(char[], long)} takes. */
    static char[] lower(String name) {
        // Character by character, unlike String.toLowerCase, so that positions stay those of the name.
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return chars;
    }

    /** The word boundaries among a name's first 64 characters, one bit each; later ones are found on the fly. */
    static long boundaries(String name) {
        long bits = 0;
        for (int i = 0; i < Math.min(64, name.length()); i++) {
            char c = name.charAt(i);
            boolean boundary;
            if (i == 0) {
                boundary = true;
            } else {
                char before = name.charAt(i - 1);
                boundary = !Character.isLetterOrDigit(before) || Character.isLowerCase(before) && Character.isUpperCase(c)
                        || Character.isDigit(c) && !Character.isDigit(before);
            }
            if (boundary && Character.isLetterOrDigit(c)) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    private static boolean isBoundary(char[] name, long bounds, int at) {
        if (at < 64) {
            return (bounds >>> at & 1) != 0;
        }
        return !Character.isLetterOrDigit(name[at - 1]) && Character.isLetterOrDigit(name[at]);
    }

    /** Within a tier: word starts and runs count most, then an early start, then a short name. */
    private static int intra(int starts, int adjacent, int first, int nameLength) {
        int value = 500_000 + starts * 2_000 + adjacent * 1_000 - Math.min(first, 999) * 100
                - Math.min(nameLength, 999);
        // Room is left at the top for the kind's bonus, which must never lift a match into the next tier.
        return Math.max(0, Math.min(TIER - 1_000, value));
    }

    private int indexOf(char[] name, int from) {
        int m = length;
        char first = query[0];
        outer:
        for (int i = from, last = name.length - m; i <= last; i++) {
            if (name[i] != first) {
                continue;
            }
            for (int k = 1; k < m; k++) {
                if (name[i + k] != query[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void fillRun(int at) {
        for (int i = 0; i < length; i++) {
            positions[i] = at + i;
        }
    }

    /**
     * Places the query's characters left to right, each at the first occurrence that continues a run, or
     * else at a later word start when the rest of the query still fits after it, or else at the first one.
     */
    private boolean align(char[] name, long bounds) {
        int n = name.length;
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = query[i];
            int first = from;
            while (first < n && name[first] != c) {
                first++;
            }
            if (first == n) {
                return false;
            }
            int chosen = first;
            boolean continues = i > 0 && positions[i - 1] == first - 1;
            if (!continues && !isBoundary(name, bounds, first)) {
                for (int j = first + 1; j < n; j++) {
                    if (name[j] == c && isBoundary(name, bounds, j) && fits(name, i + 1, j + 1)) {
                        chosen = j;
                        break;
                    }
                }
            }
            positions[i] = chosen;
            from = chosen + 1;
        }
        return true;
    }

    private boolean fits(char[] name, int queryFrom, int nameFrom) {
        int k = queryFrom;
        for (int j = nameFrom; j < name.length && k < length; j++) {
            if (name[j] == query[k]) {
                k++;
            }
        }
        return k == length;
    }
}
