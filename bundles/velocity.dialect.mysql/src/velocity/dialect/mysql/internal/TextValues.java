package velocity.dialect.mysql.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Values from the text protocol's ASCII bytes, each as Connector/J's getObject gives it once made plain
 * ({@code null} bytes are SQL NULL). A text of another shape throws NumberFormatException or
 * DateTimeException, and the caller asks the driver instead.
 */
final class TextValues {

    /** Digits in a long that cannot overflow it. */
    private static final int SAFE_LONG_DIGITS = 18;
    private static final int DATE_LENGTH = 10;
    private static final int DATE_TIME_LENGTH = 19;
    private static final int NANO_DIGITS = 9;

    private TextValues() {
    }

    static Integer integer(byte[] b) {
        return b == null ? null : Math.toIntExact(parseLong(b));
    }

    static Long bigint(byte[] b) {
        return b == null ? null : parseLong(b);
    }

    static BigDecimal decimal(byte[] b) {
        if (b == null) {
            return null;
        }
        char[] chars = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            chars[i] = (char) (b[i] & 0xff);
        }
        return new BigDecimal(chars);
    }

    static Double floating(byte[] b) {
        return b == null ? null : Double.parseDouble(new String(b, StandardCharsets.ISO_8859_1));
    }

    /** tinyint(1) sends its number as text, bit(1) a byte: either way zero is false. */
    static Boolean bit(byte[] b) {
        if (b == null) {
            return null;
        }
        return !(b.length == 1 && (b[0] == 0 || b[0] == '0'));
    }

    /** {@code yyyy-mm-dd}; a zero date fails in LocalDate.of, so the driver decides what it means. */
    static LocalDate date(byte[] b) {
        if (b == null) {
            return null;
        }
        if (b.length != DATE_LENGTH || b[4] != '-' || b[7] != '-') {
            throw new NumberFormatException("not a date");
        }
        return LocalDate.of(digits(b, 0, 4), digits(b, 5, 2), digits(b, 8, 2));
    }

    /** {@code yyyy-mm-dd hh:mm:ss} with up to nine digits of fraction after a point. */
    static LocalDateTime dateTime(byte[] b) {
        if (b == null) {
            return null;
        }
        if (b.length < DATE_TIME_LENGTH || b.length == DATE_TIME_LENGTH + 1
                || b.length > DATE_TIME_LENGTH + 1 + NANO_DIGITS || b[4] != '-' || b[7] != '-' || b[10] != ' '
                || b[13] != ':' || b[16] != ':' || (b.length > DATE_TIME_LENGTH && b[DATE_TIME_LENGTH] != '.')) {
            throw new NumberFormatException("not a date and time");
        }
        int nanos = 0;
        if (b.length > DATE_TIME_LENGTH) {
            int n = b.length - DATE_TIME_LENGTH - 1;
            nanos = digits(b, DATE_TIME_LENGTH + 1, n);
            for (int i = n; i < NANO_DIGITS; i++) {
                nanos *= 10;
            }
        }
        return LocalDateTime.of(digits(b, 0, 4), digits(b, 5, 2), digits(b, 8, 2), digits(b, 11, 2),
                digits(b, 14, 2), digits(b, 17, 2), nanos);
    }

    private static long parseLong(byte[] b) {
        int i = 0;
        boolean negative = b.length > 0 && b[0] == '-';
        if (negative) {
            i = 1;
        }
        int count = b.length - i;
        if (count == 0 || count > SAFE_LONG_DIGITS) {
            // Rare (or not a number): the JDK checks the range.
            return Long.parseLong(new String(b, StandardCharsets.ISO_8859_1));
        }
        long value = 0;
        for (; i < b.length; i++) {
            value = value * 10 + digit(b[i]);
        }
        return negative ? -value : value;
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + digit(b[i]);
        }
        return value;
    }

    private static int digit(byte c) {
        int d = c - '0';
        if (d < 0 || d > 9) {
            throw new NumberFormatException("not a digit: " + (char) (c & 0xff));
        }
        return d;
    }
}
