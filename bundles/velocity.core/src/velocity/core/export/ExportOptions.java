package velocity.core.export;

/**
 * How rows are written. The CSV options follow RFC 4180; JSON formats use none of them, since JSON keeps
 * the types itself (numbers, booleans, null).
 *
 * @param delimiter the CSV field delimiter, e.g. {@code ','}, {@code ';'} or a tab
 * @param header whether CSV starts with a line of column names
 * @param nullText how CSV writes SQL NULL; a text value equal to it is quoted, so the two stay apart
 * @param quoting which CSV fields are quoted
 * @param lineEnding what ends a CSV record: {@code "\n"} or {@code "\r\n"}
 */
public record ExportOptions(char delimiter, boolean header, String nullText, Quoting quoting, String lineEnding) {

    /** Comma, a header, NULL as an empty field, minimal quoting, LF as PostgreSQL's COPY and most tools write. */
    public static final ExportOptions DEFAULTS = new ExportOptions(',', true, "", Quoting.MINIMAL, "\n");

    /**
     * @throws IllegalArgumentException when the options would give CSV that cannot be read back: a
     *         delimiter that is a quote or a line break, a NULL text holding the delimiter, a quote or a line
     *         break, a line ending other than LF or CRLF
     */
    public ExportOptions {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("The delimiter cannot be a quote or a line break.");
        }
        if (nullText == null) {
            nullText = "";
        }
        if (nullText.indexOf(delimiter) >= 0 || nullText.indexOf('"') >= 0 || nullText.indexOf('\n') >= 0
                || nullText.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("The NULL text '" + nullText
                    + "' must not hold the delimiter, a quote or a line break.");
        }
        if (quoting == null) {
            quoting = Quoting.MINIMAL;
        }
        if (!"\n".equals(lineEnding) && !"\r\n".equals(lineEnding)) {
            throw new IllegalArgumentException("The line ending must be LF or CRLF.");
        }
    }

    public ExportOptions withDelimiter(char value) {
        return new ExportOptions(value, header, nullText, quoting, lineEnding);
    }

    public ExportOptions withHeader(boolean value) {
        return new ExportOptions(delimiter, value, nullText, quoting, lineEnding);
    }

    public ExportOptions withNullText(String value) {
        return new ExportOptions(delimiter, header, value, quoting, lineEnding);
    }

    public ExportOptions withQuoting(Quoting value) {
        return new ExportOptions(delimiter, header, nullText, value, lineEnding);
    }

    public ExportOptions withLineEnding(String value) {
        return new ExportOptions(delimiter, header, nullText, quoting, value);
    }
}
