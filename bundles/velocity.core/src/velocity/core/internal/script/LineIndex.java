package velocity.core.internal.script;

import java.util.Arrays;

/** The line of an offset, by binary search over where lines start: {@code \n}, {@code \r\n} and {@code \r} end lines. */
final class LineIndex {

    private final int[] starts;
    private final int count;

    LineIndex(String s) {
        int[] found = new int[16];
        int size = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (size == found.length) {
                    found = Arrays.copyOf(found, size * 2);
                }
                found[size++] = i + 1;
            }
        }
        this.starts = found;
        this.count = size;
    }

    /** The one-based line of the offset. */
    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, 0, count, offset);
        return at >= 0 ? at + 1 : -at - 1;
    }
}
