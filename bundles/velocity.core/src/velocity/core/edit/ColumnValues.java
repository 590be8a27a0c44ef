package velocity.core.edit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.google.gson.JsonParseException;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;

import velocity.core.metadata.ColumnInfo;

/**
 * Converts text a user typed into the value for a column, by the column's type: whole numbers (within the
 * type's range), decimals (within precision and scale), floating point, booleans, dates, times and timestamps
 * in ISO form, JSON (checked to parse), UUIDs, binary as {@code 0x} and hexadecimal digits, and text (within
 * its length). Text is taken as it is: SQL NULL is asked for explicitly, with {@code null} text or
 * {@link #NULL_MARKER}.
 */
public final class ColumnValues {

    /** The text that stands for SQL NULL where only text can be given (the command line): {@code \N}. */
    public static final String NULL_MARKER = "\\N";

    private static final Set<String> TRUE = Set.of("true", "t", "yes", "y", "on", "1");
    private static final Set<String> FALSE = Set.of("false", "f", "no", "n", "off", "0");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "\\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}}?");
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP_ZONED = new DateTimeFormatterBuilder().append(TIMESTAMP)
            .optionalStart().appendLiteral(' ').optionalEnd().appendOffset("+HH:MM:ss", "Z").toFormatter(Locale.ROOT);
    private static final DateTimeFormatter TIMESTAMP_SHORT_OFFSET = new DateTimeFormatterBuilder().append(TIMESTAMP)
            .appendOffset("+HH", "Z").toFormatter(Locale.ROOT);

    private static final TypeAdapter<JsonElement> JSON = new com.google.gson.Gson().getAdapter(JsonElement.class);

    private ColumnValues() {
    }

    /**
     * Converts text for a column.
     *
     * @param column the column the value is for
     * @param text what the user typed; {@code null} or {@link #NULL_MARKER} for SQL NULL
     */
    public static ParsedValue parse(ColumnInfo column, String text) {
        if (text == null || NULL_MARKER.equals(text)) {
            return column.nullable() ? ParsedValue.of(null)
                    : ParsedValue.refused("Column " + column.name() + " does not allow NULL.");
        }
        String type = column.typeName() == null ? "" : column.typeName().toLowerCase(Locale.ROOT);
        try {
            if (type.equals("json") || type.equals("jsonb")) {
                return json(text);
            }
            if (type.equals("uuid")) {
                return uuid(text);
            }
            return switch (column.jdbcType()) {
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> whole(column, type, text.strip());
                case Types.DECIMAL, Types.NUMERIC -> decimal(column, text.strip());
                case Types.REAL, Types.FLOAT, Types.DOUBLE -> floating(column, text.strip());
                case Types.BOOLEAN -> bool(column, text.strip());
                case Types.BIT -> column.length() > 1 || column.precision() > 1 ? ParsedValue.of(text)
                        : bool(column, text.strip());
                case Types.DATE -> type.startsWith("year") ? whole(column, type, text.strip())
                        : ParsedValue.of(LocalDate.parse(text.strip()));
                case Types.TIME -> ParsedValue.of(LocalTime.parse(text.strip()));
                case Types.TIMESTAMP -> ParsedValue.of(LocalDateTime.parse(text.strip(), TIMESTAMP));
                case Types.TIMESTAMP_WITH_TIMEZONE -> zoned(text.strip());
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> binary(column, text.strip());
                case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR -> text(column, text);
                default -> ParsedValue.of(text);
            };
        } catch (DateTimeParseException e) {
            return ParsedValue.refused("'" + text + "' is not a " + column.typeName() + " for column " + column.name()
                    + ": write it as " + example(column.jdbcType()) + ".");
        }
    }

    private static ParsedValue whole(ColumnInfo column, String type, String text) {
        BigInteger value;
        try {
            value = new BigDecimal(text).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return ParsedValue.refused("'" + text + "' is not a whole number, as column " + column.name() + " ("
                    + column.typeName() + ") needs.");
        }
        boolean unsigned = type.contains("unsigned");
        int bits = switch (column.jdbcType()) {
            case Types.TINYINT -> 8;
            case Types.SMALLINT -> 16;
            case Types.INTEGER -> type.startsWith("mediumint") ? 24 : 32;
            default -> 64;
        };
        if (type.startsWith("year")) {
            bits = 16;
        }
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return ParsedValue.refused(text + " is out of the range of column " + column.name() + " ("
                    + column.typeName() + "): " + min + " to " + max + ".");
        }
        if (value.bitLength() < 32) {
            return ParsedValue.of(value.intValue());
        }
        return value.bitLength() < 64 ? ParsedValue.of(value.longValue()) : ParsedValue.of(new BigDecimal(value));
    }

    private static ParsedValue decimal(ColumnInfo column, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return ParsedValue.refused("'" + text + "' is not a number, as column " + column.name() + " ("
                    + column.typeName() + ") needs.");
        }
        if (column.precision() > 0 && column.scale() >= 0) {
            int integerDigits = value.precision() - value.scale();
            if (integerDigits > column.precision() - column.scale()) {
                return ParsedValue.refused(text + " is too large for column " + column.name() + " ("
                        + column.typeName() + "): at most " + (column.precision() - column.scale())
                        + " digits before the decimal point.");
            }
        }
        return ParsedValue.of(value);
    }

    private static ParsedValue floating(ColumnInfo column, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return ParsedValue.refused("'" + text + "' is not a finite number, as column " + column.name() + " needs.");
            }
            return ParsedValue.of(value);
        } catch (NumberFormatException e) {
            return ParsedValue.refused("'" + text + "' is not a number, as column " + column.name() + " ("
                    + column.typeName() + ") needs.");
        }
    }

    private static ParsedValue bool(ColumnInfo column, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return ParsedValue.of(Boolean.TRUE);
        }
        if (FALSE.contains(lower)) {
            return ParsedValue.of(Boolean.FALSE);
        }
        return ParsedValue.refused("'" + text + "' is not a boolean for column " + column.name()
                + ": write true or false (also t/f, yes/no, on/off, 1/0).");
    }

    private static ParsedValue zoned(String text) {
        try {
            return ParsedValue.of(OffsetDateTime.parse(text, TIMESTAMP_ZONED));
        } catch (DateTimeParseException e) {
            return ParsedValue.of(OffsetDateTime.parse(text, TIMESTAMP_SHORT_OFFSET));
        }
    }

    private static ParsedValue json(String text) {
        try (JsonReader reader = new JsonReader(new java.io.StringReader(text))) {
            // Gson's parse methods read leniently; the element adapter keeps the reader strict.
            JSON.read(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                return ParsedValue.refused("Not valid JSON: text follows the value.");
            }
            return ParsedValue.of(text);
        } catch (JsonParseException | java.io.IOException | IllegalStateException | NumberFormatException e) {
            String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            return ParsedValue.refused("Not valid JSON: " + firstSentence(reason) + ".");
        }
    }

    private static ParsedValue uuid(String text) {
        String t = text.strip();
        if (!UUID_TEXT.matcher(t).matches()) {
            return ParsedValue.refused("'" + text + "' is not a UUID: write 32 hexadecimal digits, as in "
                    + "123e4567-e89b-12d3-a456-426614174000.");
        }
        String hex = t.replaceAll("[{}-]", "");
        return ParsedValue.of(new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16)));
    }

    private static ParsedValue binary(ColumnInfo column, String text) {
        if (!text.startsWith("0x") && !text.startsWith("0X")) {
            return ParsedValue.refused("Column " + column.name() + " holds binary data: write it as 0x and "
                    + "hexadecimal digits, e.g. 0xCAFE.");
        }
        try {
            return ParsedValue.of(HexFormat.of().parseHex(text.substring(2)));
        } catch (IllegalArgumentException e) {
            return ParsedValue.refused("'" + text + "' is not 0x and an even number of hexadecimal digits, as "
                    + "column " + column.name() + " needs.");
        }
    }

    private static ParsedValue text(ColumnInfo column, String text) {
        int length = text.codePointCount(0, text.length());
        if (column.length() > 0 && length > column.length()) {
            return ParsedValue.refused("The text is " + length + " characters long; column " + column.name()
                    + " (" + column.typeName() + ") holds at most " + column.length() + ".");
        }
        return ParsedValue.of(text);
    }

    private static String example(int jdbcType) {
        return switch (jdbcType) {
            case Types.DATE -> "2024-01-31";
            case Types.TIME -> "13:45:00";
            case Types.TIMESTAMP_WITH_TIMEZONE -> "2024-01-31 13:45:00+01:00";
            default -> "2024-01-31 13:45:00";
        };
    }

    private static String firstSentence(String text) {
        if (text == null) {
            return "it does not parse";
        }
        int cut = text.indexOf("\nSee ");
        String s = cut > 0 ? text.substring(0, cut) : text;
        return s.strip().replaceAll("[.\\s]+$", "");
    }
}
