package velocity.dialect.postgresql.internal;

/**
 * What a column's type modifier ({@code atttypmod}) declares: {@code varchar(40)} stores 44, {@code
 * numeric(10,2)} stores both numbers in one int. The encodings are the server's own (see
 * {@code src/backend/utils/adt/} in PostgreSQL's sources); -1 means the type declares nothing.
 *
 * @param length the maximum length in characters (or bits for bit strings), or -1
 * @param precision the numeric precision, or the fractional-second digits of a time type, or -1
 * @param scale the numeric scale, or -1
 */
record TypeModifier(int length, int precision, int scale) {

    static final TypeModifier NONE = new TypeModifier(-1, -1, -1);

    /** The header size PostgreSQL adds to varlena lengths and numeric modifiers. */
    private static final int VARHDRSZ = 4;

    /** Interval modifiers keep the precision in the low 16 bits; all ones there means none. */
    private static final int INTERVAL_PRECISION_MASK = 0xFFFF;

    /**
     * @param baseType the internal name of the type, or of a domain's base type ({@code varchar}, {@code int4})
     * @param typmod the modifier, -1 for none
     */
    static TypeModifier decode(String baseType, int typmod) {
        if (typmod < 0) {
            return NONE;
        }
        return switch (baseType) {
            case "varchar", "bpchar" -> new TypeModifier(typmod - VARHDRSZ, -1, -1);
            case "bit", "varbit" -> new TypeModifier(typmod, -1, -1);
            case "numeric" -> numeric(typmod - VARHDRSZ);
            case "time", "timetz", "timestamp", "timestamptz" -> new TypeModifier(-1, typmod, -1);
            case "interval" -> interval(typmod & INTERVAL_PRECISION_MASK);
            default -> NONE;
        };
    }

    private static TypeModifier numeric(int value) {
        int precision = (value >> 16) & 0xFFFF;
        // The scale is an 11-bit two's complement number since PostgreSQL 15 allows negative scales.
        int scale = ((value & 0x7FF) ^ 0x400) - 0x400;
        return new TypeModifier(-1, precision, scale);
    }

    private static TypeModifier interval(int precision) {
        return precision == INTERVAL_PRECISION_MASK ? NONE : new TypeModifier(-1, precision, -1);
    }
}
