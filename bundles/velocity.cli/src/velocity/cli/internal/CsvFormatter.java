package velocity.cli.internal;

import java.io.PrintStream;
import java.util.List;

/**
 * RFC 4180: a header line, then one line per row, lines ending in CRLF. A field is quoted when it holds a
 * comma, a double quote, CR or LF, and so is an empty string, which tells it apart from NULL, an empty
 * field. Results after the first are separated by an empty line.
 */
final class CsvFormatter implements Formatter {

    private static final String LINE_END = "\r\n";

    private final PrintStream out;
    private boolean anything;

    CsvFormatter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void begin(List<String> columns) {
        separate();
        line(columns.toArray());
    }

    @Override
    public void rows(List<Object[]> rows) {
        for (Object[] row : rows) {
            line(row);
        }
        out.flush();
    }

    @Override
    public void end() {
        out.flush();
    }

    @Override
    public void updateCount(long count) {
        begin(List.of("rows_affected"));
        rows(List.<Object[]>of(new Object[] { count }));
    }

    @Override
    public void record(List<String> names, List<Object> values) {
        begin(names);
        rows(List.<Object[]>of(values.toArray()));
    }

    private void separate() {
        if (anything) {
            out.print(LINE_END);
        }
        anything = true;
    }

    private void line(Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(Cells.text(values[i])));
        }
        out.print(sb.append(LINE_END));
    }

    /** One field, quoted when RFC 4180 requires it. */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        if (text.isEmpty()) {
            return "\"\"";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
