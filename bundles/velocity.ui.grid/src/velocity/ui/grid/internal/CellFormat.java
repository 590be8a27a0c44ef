package velocity.ui.grid.internal;

import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How values read as {@code velocity.core.query.RowPage} values become text: abbreviated for a cell, full
 * for the clipboard and the value viewer.
 */
public final class CellFormat {

    /** What a cell shows for SQL NULL; drawn in grey italics so it never reads as the text "NULL". */
    public static final String NULL_TEXT = "NULL";

    /** The longest text a cell shows before it is cut with an ellipsis. */
    public static final int MAX_CELL_CHARS = 200;

    private static final int BINARY_PREVIEW_BYTES = 8;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private CellFormat() {
    }

    /** The text a cell shows: the first line of text, at most {@link #MAX_CELL_CHARS} characters. */
    public static String cell(Object value) {
        if (value == null) {
            return NULL_TEXT;
        }
        if (value instanceof byte[] bytes) {
            return binaryPreview(bytes);
        }
        String text = full(value);
        int end = text.length();
        int newline = indexOfLineBreak(text);
        if (newline >= 0) {
            end = newline;
        }
        if (end > MAX_CELL_CHARS) {
            end = MAX_CELL_CHARS;
        }
        return end < text.length() ? text.substring(0, end) + "…" : text;
    }

    /** The whole value as text; binary as hexadecimal digits after "0x"; NULL as {@code null}. */
    public static String full(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HEX.formatHex(bytes);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** "0x89504E47… (1,234 bytes)". */
    public static String binaryPreview(byte[] bytes) {
        int shown = Math.min(bytes.length, BINARY_PREVIEW_BYTES);
        String hex = "0x" + HEX.formatHex(bytes, 0, shown) + (shown < bytes.length ? "…" : "");
        return hex + " (" + size(bytes.length, "byte") + ")";
    }

    /** "1 byte", "1,234 bytes". */
    public static String size(long count, String unit) {
        return number(count) + " " + unit + (count == 1 ? "" : "s");
    }

    /** A thousands-separated number, e.g. "100,000". */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static int indexOfLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
