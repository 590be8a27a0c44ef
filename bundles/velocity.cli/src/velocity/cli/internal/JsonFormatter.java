package velocity.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * JSON: one array of row objects per result, written row by row as pages arrive, one row per line. A
 * statement that changes rows gives {@code {"rows_affected": N}}. Several results follow one another, one
 * JSON value each.
 */
final class JsonFormatter implements Formatter {

    private final PrintStream out;
    private List<String> keys;
    private boolean firstRow;

    JsonFormatter(PrintStream out) {
        this.out = out;
    }

    @Override
    public void begin(List<String> columns) {
        keys = uniqueKeys(columns);
        firstRow = true;
        out.print('[');
    }

    @Override
    public void rows(List<Object[]> rows) {
        for (Object[] row : rows) {
            out.print(firstRow ? "\n" : ",\n");
            firstRow = false;
            out.print(JsonValues.json(w -> {
                w.beginObject();
                for (int i = 0; i < keys.size(); i++) {
                    w.name(keys.get(i));
                    JsonValues.write(w, i < row.length ? row[i] : null);
                }
                w.endObject();
            }));
        }
        out.flush();
    }

    @Override
    public void end() {
        out.println(firstRow ? "]" : "\n]");
        out.flush();
    }

    @Override
    public void updateCount(long count) {
        out.println("{\"rows_affected\":" + count + "}");
        out.flush();
    }

    @Override
    public void record(List<String> names, List<Object> values) {
        out.println(JsonValues.json(w -> {
            w.beginObject();
            for (int i = 0; i < names.size(); i++) {
                w.name(names.get(i));
                JsonValues.write(w, values.get(i));
            }
            w.endObject();
        }));
        out.flush();
    }

    /** Column labels as object keys; a repeated label (SELECT 1 AS a, 2 AS a) gets a suffix, as keys must differ. */
    static List<String> uniqueKeys(List<String> columns) {
        Set<String> taken = new HashSet<>();
        List<String> keys = new ArrayList<>(columns.size());
        for (String column : columns) {
            String key = column;
            for (int n = 2; !taken.add(key); n++) {
                key = column + "_" + n;
            }
            keys.add(key);
        }
        return keys;
    }
}
