package velocity.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/**
 * Filter conditions and sort keys written as text, as the command line and the filter bar take them:
 * {@code column op value} and {@code column[:desc]}. A column with spaces or odd characters is written in double
 * quotes; a value may be in single quotes (needed for a comma inside an IN list or " and " inside BETWEEN),
 * doubling a quote inside. Malformed text is refused with an {@link IllegalArgumentException} saying why.
 */
public final class FilterText {

    /** Longest first, so that {@code <=} is not read as {@code <}, and {@code IS NOT NULL} not as {@code IS NULL}. */
    private static final List<String> OPERATORS = List.of("IS NOT NULL", "IS NULL", "NOT LIKE", "LIKE", "BETWEEN", "IN",
            "<>", "!=", "<=", ">=", "=", "<", ">");

    private FilterText() {
    }

    /** {@code column}, {@code column:asc} or {@code column:desc}. */
    public static SortKey sortKey(String text) {
        String s = text.strip();
        int colon = s.lastIndexOf(':');
        if (colon > 0) {
            String direction = s.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (direction.equals("desc") || direction.equals("asc")) {
                return new SortKey(unquoteIdentifier(s.substring(0, colon).strip()), direction.equals("desc"));
            }
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a sort needs a column, e.g. created:desc");
        }
        return new SortKey(unquoteIdentifier(s), false);
    }

    /** {@code column op value}, e.g. {@code "Due Date" BETWEEN 2026-01-01 AND 2026-03-31}. */
    public static FilterCondition condition(String text) {
        String s = text.strip();
        int i = 0;
        String column;
        if (s.startsWith("\"")) {
            int end = closing(s, 0, '"');
            if (end < 0) {
                throw usage(text, "the column's closing double quote is missing");
            }
            column = s.substring(1, end).replace("\"\"", "\"");
            i = end + 1;
        } else {
            while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "=<>!".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            column = s.substring(0, i);
        }
        if (column.isEmpty()) {
            throw usage(text, "it starts with no column");
        }
        String rest = s.substring(i).strip();
        String upper = rest.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String op : OPERATORS) {
            if (!upper.startsWith(op)) {
                continue;
            }
            boolean word = Character.isLetter(op.charAt(0));
            String after = afterOperator(rest, op);
            if (word && !after.isEmpty() && !Character.isWhitespace(after.charAt(0)) && after.charAt(0) != '(') {
                continue;
            }
            FilterOperator operator = FilterOperator.of(op);
            try {
                return new FilterCondition(column, operator, values(operator, after.strip()));
            } catch (IllegalArgumentException e) {
                throw usage(text, e.getMessage());
            }
        }
        throw usage(text, "no operator after the column; use = <> < <= > >= LIKE, NOT LIKE, IN, BETWEEN, IS NULL or IS NOT NULL");
    }

    /**
     * The values of an operator written as text: none for IS NULL, {@code low AND high} for BETWEEN, a
     * comma-separated list (parentheses optional) for IN, else one value.
     */
    public static List<Object> values(FilterOperator op, String text) {
        String value = text.strip();
        List<String> values = switch (op) {
            case IS_NULL, IS_NOT_NULL -> {
                if (!value.isEmpty()) {
                    throw new IllegalArgumentException(op.sql() + " takes no value");
                }
                yield List.of();
            }
            case IN -> {
                String list = value.startsWith("(") && value.endsWith(")") ? value.substring(1, value.length() - 1) : value;
                List<String> items = split(list, ",");
                if (items.contains("")) {
                    throw new IllegalArgumentException("IN takes a list of values separated by commas");
                }
                yield items;
            }
            case BETWEEN -> {
                List<String> bounds = split(value, " and ");
                if (bounds.size() != 2 || bounds.contains("")) {
                    throw new IllegalArgumentException("BETWEEN takes two values: low AND high");
                }
                yield bounds;
            }
            default -> {
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("a value is missing after " + op.sql());
                }
                yield List.of(unquote(value));
            }
        };
        return new ArrayList<>(values);
    }

    /** The text after the operator, whose spaces in {@code rest} may be several where {@code op} has one. */
    private static String afterOperator(String rest, String op) {
        int i = 0;
        for (String word : op.split(" ")) {
            while (i < rest.length() && Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
            i += word.length();
        }
        return rest.substring(i);
    }

    /** Splits on a separator (case-insensitive) outside single quotes, unquoting each part. */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                int end = closing(text, i, '\'');
                i = end < 0 ? text.length() : end + 1;
            } else if (lower.startsWith(separator, i)) {
                parts.add(unquote(text.substring(start, i).strip()));
                i += separator.length();
                start = i;
            } else {
                i++;
            }
        }
        parts.add(unquote(text.substring(start).strip()));
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    private static String unquoteIdentifier(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name;
    }

    /** The index of the quote closing the one at {@code start}, a doubled quote staying inside; -1 if none. */
    private static int closing(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static IllegalArgumentException usage(String text, String why) {
        return new IllegalArgumentException("'" + text + "': " + why);
    }
}
