package velocity.cli.internal;

import java.io.PrintStream;
import java.util.List;

/**
 * Aligned text for people. Each page is aligned on its own, so nothing but the page is held in memory; the
 * header is written above the first page of a result only. Long cells are cut, and line breaks and tabs are
 * shown as escapes so that every row stays on one line.
 */
final class TableFormatter implements Formatter {

    /** The widest a cell is shown, in characters, ellipsis included. */
    static final int MAX_WIDTH = 60;

    /** How SQL NULL is shown in query results, where it differs from an empty string. */
    static final String NULL = "NULL";
    private static final String GAP = "  ";

    private final PrintStream out;
    private final String nullText;
    private List<String> columns;
    private boolean headerWritten;
    private boolean anything;

    /** @param nullText how a {@code null} value is shown */
    TableFormatter(PrintStream out, String nullText) {
        this.out = out;
        this.nullText = nullText;
    }

    @Override
    public void begin(List<String> columns) {
        separate();
        this.columns = columns;
        this.headerWritten = false;
    }

    @Override
    public void rows(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int n = columns.size();
        String[][] cells = new String[rows.size()][n];
        int[] widths = headerWidths();
        // Numbers are right-aligned: a column is numeric when it holds numbers and nothing else but NULLs.
        boolean[] numeric = new boolean[n];
        boolean[] other = new boolean[n];
        for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < n; c++) {
                Object value = c < row.length ? row[c] : null;
                numeric[c] |= value instanceof Number;
                other[c] |= value != null && !(value instanceof Number);
                cells[r][c] = cell(value);
                widths[c] = Math.max(widths[c], length(cells[r][c]));
            }
        }
        for (int c = 0; c < n; c++) {
            numeric[c] &= !other[c];
        }
        if (!headerWritten) {
            writeHeader(widths, numeric);
        }
        for (String[] row : cells) {
            line(row, widths, numeric);
        }
        out.flush();
    }

    @Override
    public void end() {
        if (!headerWritten) {
            boolean[] left = new boolean[columns.size()];
            writeHeader(headerWidths(), left);
        }
        out.flush();
    }

    @Override
    public void updateCount(long count) {
        separate();
        out.println(count + (count == 1 ? " row affected" : " rows affected"));
        out.flush();
    }

    @Override
    public void record(List<String> names, List<Object> values) {
        separate();
        int width = names.stream().mapToInt(TableFormatter::length).max().orElse(0);
        for (int i = 0; i < names.size(); i++) {
            out.println(strip(pad(names.get(i), width, false) + GAP + cell(values.get(i))));
        }
        out.flush();
    }

    private void separate() {
        if (anything) {
            out.println();
        }
        anything = true;
    }

    private int[] headerWidths() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = length(clip(columns.get(c)));
        }
        return widths;
    }

    private void writeHeader(int[] widths, boolean[] numeric) {
        String[] header = new String[widths.length];
        String[] rule = new String[widths.length];
        for (int c = 0; c < widths.length; c++) {
            header[c] = clip(columns.get(c));
            rule[c] = "-".repeat(widths[c]);
        }
        line(header, widths, numeric);
        line(rule, widths, numeric);
        headerWritten = true;
    }

    private void line(String[] cells, int[] widths, boolean[] right) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append(GAP);
            }
            sb.append(pad(cells[c], widths[c], right[c]));
        }
        out.println(strip(sb.toString()));
    }

    /** The text shown for a value: the null text, or the value on one line, cut to {@link #MAX_WIDTH}. */
    private String cell(Object value) {
        String text = Cells.text(value);
        return text == null ? nullText : clip(text);
    }

    private static String clip(String text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_WIDTH + 8));
        int shown = 0;
        for (int i = 0; i < text.length() && shown <= MAX_WIDTH; i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            String visible = switch (cp) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(cp) ? "?" : Character.toString(cp);
            };
            sb.append(visible);
            shown += visible.codePointCount(0, visible.length());
        }
        if (shown <= MAX_WIDTH) {
            return sb.toString();
        }
        return sb.substring(0, sb.offsetByCodePoints(0, MAX_WIDTH - 1)) + "\u2026";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - length(text)));
        return right ? spaces + text : text + spaces;
    }

    private static String strip(String line) {
        return line.stripTrailing();
    }
}
