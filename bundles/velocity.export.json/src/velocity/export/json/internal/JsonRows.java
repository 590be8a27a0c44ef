package velocity.export.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import velocity.core.export.ExportValues;
import velocity.core.export.RowWriter;
import velocity.core.export.TextSink;
import velocity.core.query.ResultColumn;

/**
 * Rows as JSON objects keyed by column label, one object per line, written with Gson's streaming
 * {@link JsonWriter}: numbers as numbers (NaN and infinities, which JSON has no number for, as strings),
 * booleans, NULL as {@code null}, dates and times as ISO 8601 strings, binary as base64 strings.
 */
final class JsonRows implements RowWriter {

    private final TextSink out;
    private final String[] names;
    private final boolean array;
    private long written;

    /**
     * @param array whether the rows form one JSON array ({@code [} ... {@code ]}) or JSON Lines
     */
    JsonRows(List<ResultColumn> columns, OutputStream stream, boolean array) throws IOException {
        this.out = new TextSink(stream);
        this.names = columns.stream().map(ResultColumn::label).toArray(String[]::new);
        this.array = array;
        if (array) {
            out.write('[');
        }
    }

    @Override
    public void write(Object[] row) throws IOException {
        if (array) {
            out.write(written == 0 ? "\n" : ",\n");
        }
        // One small writer per row: JsonWriter has no way to start a second top-level value, and a line per
        // row keeps big exports readable with line tools.
        JsonWriter json = new JsonWriter(out);
        json.setHtmlSafe(false);
        json.setSerializeNulls(true);
        json.beginObject();
        for (int i = 0; i < names.length; i++) {
            json.name(names[i]);
            value(json, row[i]);
        }
        json.endObject();
        if (!array) {
            out.write('\n');
        }
        written++;
    }

    private static void value(JsonWriter json, Object value) throws IOException {
        switch (value) {
            case null -> json.nullValue();
            case Boolean b -> json.value(b.booleanValue());
            case Number n when ExportValues.isJsonNumber(n) -> json.jsonValue(ExportValues.number(n));
            case Number n -> json.value(ExportValues.number(n));
            case byte[] bytes -> json.value(ExportValues.base64(bytes));
            case TemporalAccessor t -> json.value(ExportValues.isoTemporal(t));
            default -> json.value(value.toString());
        }
    }

    @Override
    public void finish() throws IOException {
        if (array) {
            out.write(written == 0 ? "]\n" : "\n]\n");
        }
        out.flush();
    }
}
