package velocity.core.export;

/** Which CSV fields are enclosed in quotes. NULL is never quoted, so it stays apart from an empty text. */
public enum Quoting {
    /** Only fields that need it: those holding the delimiter, a quote, a line break or the NULL text. */
    MINIMAL,
    /** Every field but NULL. */
    ALL,
    /** Every field but NULL and numbers. */
    NON_NUMERIC
}
