package velocity.core.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text of exported values, shared by the formats so that a value reads the same in each: numbers in
 * plain notation, dates and times in ISO 8601, binary as hexadecimal or base64.
 */
public final class ExportValues {

    private static final HexFormat HEX = HexFormat.of();
    /** ISO 8601 with a space between date and time, as databases write and read timestamps in text. */
    private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral(' ').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();
    private static final DateTimeFormatter SPACED_OFFSET = new DateTimeFormatterBuilder().append(SPACED)
            .appendOffsetId().toFormatter();

    private ExportValues() {
    }

    /**
     * A number's text: integers as they are, decimals without exponent, floating-point values in their
     * shortest exact form (whole ones without ".0"); NaN and infinities as {@code NaN}, {@code Infinity},
     * {@code -Infinity}.
     */
    public static String number(Number n) {
        if (n instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return n instanceof Float ? Float.toString(n.floatValue()) : Double.toString(d);
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        return new BigDecimal(n.toString()).toPlainString();
    }

    /** Whether a number can be written as a JSON number (NaN and infinities cannot). */
    public static boolean isJsonNumber(Number n) {
        return !(n instanceof Double || n instanceof Float) || Double.isFinite(n.doubleValue());
    }

    /** A date or time in ISO 8601: {@code 2026-11-24}, {@code 2026-11-24T10:15:30.5}, {@code 10:15:30+01:00}. */
    public static String isoTemporal(TemporalAccessor t) {
        return dateTime(t, 'T');
    }

    /**
     * A date or time in ISO 8601 with a space before the time ({@code 2026-11-24 10:15:30}), the form that
     * PostgreSQL, MySQL and SQLite all write and read back.
     */
    public static String spacedTemporal(TemporalAccessor t) {
        return dateTime(t, ' ');
    }

    /**
     * A timestamp as the ISO formatters write it, with {@code separator} before the time: written here for
     * the years 0 to 9999, since a {@link DateTimeFormatter} costs more per value than reading it from the
     * database; the formatters write the other years (signed, or with more digits).
     */
    private static String dateTime(TemporalAccessor t, char separator) {
        LocalDateTime local;
        ZoneOffset offset;
        switch (t) {
            case LocalDateTime l -> {
                local = l;
                offset = null;
            }
            case OffsetDateTime o -> {
                local = o.toLocalDateTime();
                offset = o.getOffset();
            }
            case ZonedDateTime z -> {
                local = z.toLocalDateTime();
                offset = z.getOffset();
            }
            default -> {
                return t.toString();
            }
        }
        int year = local.getYear();
        if (year < 0 || year > 9999) {
            DateTimeFormatter formatter = separator == 'T'
                    ? offset == null ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    : offset == null ? SPACED : SPACED_OFFSET;
            return formatter.format(t);
        }
        StringBuilder text = new StringBuilder(36);
        digits(text, year, 4);
        text.append('-');
        digits(text, local.getMonthValue(), 2);
        text.append('-');
        digits(text, local.getDayOfMonth(), 2);
        text.append(separator);
        digits(text, local.getHour(), 2);
        text.append(':');
        digits(text, local.getMinute(), 2);
        text.append(':');
        digits(text, local.getSecond(), 2);
        int nanos = local.getNano();
        if (nanos > 0) {
            // As ISO_LOCAL_TIME: the fraction without its trailing zeros.
            int width = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                width--;
            }
            text.append('.');
            digits(text, nanos, width);
        }
        if (offset != null) {
            text.append(offset.getId());
        }
        return text.toString();
    }

    private static void digits(StringBuilder text, int value, int width) {
        for (int pad = width - 1, limit = 10; pad > 0; pad--, limit *= 10) {
            if (value < limit) {
                text.append('0');
            }
        }
        text.append(value);
    }

    /** Bytes as {@code \x} and hexadecimal, the form PostgreSQL's bytea reads. */
    public static String hex(byte[] bytes) {
        return "\\x" + HEX.formatHex(bytes);
    }

    /** Bytes in base64 (RFC 4648, with padding). */
    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * A non-null value's text in CSV: numbers by {@link #number}, booleans {@code true}/{@code false},
     * temporals by {@link #spacedTemporal}, bytes by {@link #hex}, anything else by its {@code toString()}.
     */
    public static String csvText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number n) {
            return number(n);
        }
        if (value instanceof byte[] b) {
            return hex(b);
        }
        if (value instanceof TemporalAccessor t) {
            return spacedTemporal(t);
        }
        return value.toString();
    }
}
