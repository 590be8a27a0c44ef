package velocity.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/**
 * How values read from a database are written as JSON: numbers as numbers (decimals in full, never rounded
 * through a double), booleans, null, strings; binary data as a base64 string, dates and times as ISO 8601
 * strings, lists as arrays.
 */
final class JsonValues {

    /** Writes one JSON value to a string. */
    @FunctionalInterface
    interface Body {
        void write(JsonWriter writer) throws IOException;
    }

    private JsonValues() {
    }

    /** The JSON text that {@code body} writes, on one line. */
    static String json(Body body) {
        return json(body, false);
    }

    /** The JSON text that {@code body} writes, indented for reading when {@code pretty}. */
    static String json(Body body, boolean pretty) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.setSerializeNulls(true);
            if (pretty) {
                writer.setIndent("  ");
            }
            body.write(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Writes a value as described above. */
    static void write(JsonWriter writer, Object value) throws IOException {
        switch (value) {
            case null -> writer.nullValue();
            case String s -> writer.value(s);
            case Boolean b -> writer.value(b.booleanValue());
            case BigDecimal d -> writer.jsonValue(d.toPlainString());
            case Double d when d.isNaN() || d.isInfinite() -> writer.value(d.toString());
            case Float f when f.isNaN() || f.isInfinite() -> writer.value(f.toString());
            case Number n -> writer.value(n);
            case byte[] bytes -> writer.value(Base64.getEncoder().encodeToString(bytes));
            case List<?> list -> {
                writer.beginArray();
                for (Object item : list) {
                    write(writer, item);
                }
                writer.endArray();
            }
            default -> writer.value(Cells.temporal(value));
        }
    }
}
