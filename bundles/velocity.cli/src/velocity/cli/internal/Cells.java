package velocity.cli.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** How values read from a database are written as text in the table and CSV formats. */
final class Cells {

    private Cells() {
    }

    /**
     * The value as text, {@code null} for SQL NULL. Dates and times are ISO 8601 with seconds always present,
     * decimals are never in exponent notation, binary data is hexadecimal with a {@code 0x} prefix.
     */
    static String text(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case BigDecimal d -> d.toPlainString();
            case byte[] bytes -> "0x" + HexFormat.of().formatHex(bytes);
            case Boolean b -> b.toString();
            case List<?> list -> list.stream().map(v -> v == null ? "NULL" : text(v)).collect(Collectors.joining(", "));
            default -> temporal(value);
        };
    }

    /** The value in ISO 8601 when it is a date or time, else its {@code toString()}. */
    static String temporal(Object value) {
        return switch (value) {
            case LocalDateTime t -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
            case LocalTime t -> DateTimeFormatter.ISO_LOCAL_TIME.format(t);
            case OffsetDateTime t -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
            case OffsetTime t -> DateTimeFormatter.ISO_OFFSET_TIME.format(t);
            case ZonedDateTime t -> DateTimeFormatter.ISO_ZONED_DATE_TIME.format(t);
            case Instant t -> DateTimeFormatter.ISO_INSTANT.format(t);
            default -> value.toString();
        };
    }
}
