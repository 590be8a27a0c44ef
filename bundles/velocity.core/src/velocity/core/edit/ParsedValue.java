package velocity.core.edit;

/**
 * A value typed as text, converted for its column, or the reason it was refused.
 *
 * @param value the converted value, {@code null} for SQL NULL or when refused
 * @param refusal why the text does not fit the column, or {@code null} when it does
 */
public record ParsedValue(Object value, String refusal) {

    /** A value that fits. */
    public static ParsedValue of(Object value) {
        return new ParsedValue(value, null);
    }

    /** A refusal, with its reason as a sentence. */
    public static ParsedValue refused(String reason) {
        return new ParsedValue(null, reason);
    }

    /** Whether the text fits the column. */
    public boolean valid() {
        return refusal == null;
    }
}
