package velocity.dialect.sqlite.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON that SQLite's {@code json_group_array}/{@code json_array} write: arrays of strings, integers,
 * nulls and further arrays, without white space. Catalog rows come aggregated as such JSON, one row per table,
 * because fetching 40,000 column rows value by value through the driver costs more than SQLite takes to produce
 * them. Anything else is rejected rather than guessed at.
 */
final class JsonArrays {

    private final String text;
    private int at;

    private JsonArrays(String text) {
        this.text = text;
    }

    /** The array {@code json} holds; its elements are {@link String}, {@link Long}, {@code null} or lists. */
    static List<Object> parse(String json) {
        if (json == null) {
            return List.of();
        }
        JsonArrays parser = new JsonArrays(json);
        List<Object> array = parser.array();
        if (parser.at != json.length()) {
            throw parser.error("end of text");
        }
        return array;
    }

    static String string(List<Object> array, int index) {
        return element(array, index, String.class);
    }

    static int integer(List<Object> array, int index) {
        Long value = element(array, index, Long.class);
        if (value == null) {
            throw new IllegalArgumentException("Unexpected catalog JSON: null where a number belongs");
        }
        return value.intValue();
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(List<Object> array, int index) {
        List<Object> value = element(array, index, List.class);
        return value == null ? List.of() : value;
    }

    private static <T> T element(List<Object> array, int index, Class<T> type) {
        Object value = index < array.size() ? array.get(index) : null;
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException("Unexpected catalog JSON: " + value + " is not a "
                    + type.getSimpleName());
        }
        return type.cast(value);
    }

    private List<Object> array() {
        expect('[');
        List<Object> values = new ArrayList<>();
        if (peek() == ']') {
            at++;
            return values;
        }
        while (true) {
            values.add(value());
            char next = next();
            if (next == ']') {
                return values;
            }
            if (next != ',') {
                throw error("',' or ']'");
            }
        }
    }

    private Object value() {
        char c = peek();
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return string();
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        return number();
    }

    private Long number() {
        boolean negative = peek() == '-';
        if (negative) {
            at++;
        }
        int start = at;
        long value = 0;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            value = value * 10 + (text.charAt(at++) - '0');
        }
        if (at == start || at - start > 18) {
            throw error("a value");
        }
        return negative ? -value : value;
    }

    /** Most catalog strings have no escapes: those are cut out whole instead of copied character by character. */
    private String string() {
        expect('"');
        int start = at;
        int close = text.indexOf('"', start);
        if (close >= 0 && text.indexOf('\\', start, close) < 0) {
            at = close + 1;
            return text.substring(start, close);
        }
        StringBuilder sb = new StringBuilder().append(text, start, at);
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char escaped = next();
            switch (escaped) {
                case '"', '\\', '/' -> sb.append(escaped);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(unicodeEscape());
                default -> throw error("an escape sequence");
            }
        }
    }

    private char unicodeEscape() {
        if (at + 4 > text.length()) {
            throw error("four hex digits");
        }
        try {
            char c = (char) Integer.parseInt(text, at, at + 4, 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("four hex digits");
        }
    }

    private void expect(char wanted) {
        if (next() != wanted) {
            throw error("'" + wanted + "'");
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("more text");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private IllegalArgumentException error(String wanted) {
        return new IllegalArgumentException("Unexpected catalog JSON at offset " + at + ": expected " + wanted);
    }
}
