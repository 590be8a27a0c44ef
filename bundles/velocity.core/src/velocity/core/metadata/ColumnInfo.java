package velocity.core.metadata;

/**
 * One column of a table.
 *
 * @param name the column name
 * @param position its 1-based ordinal position
 * @param typeName the type as the database spells it, e.g. {@code character varying(40)} or {@code int(11)}
 * @param jdbcType the closest {@link java.sql.Types} constant
 * @param length the maximum character length for text types, or -1
 * @param precision numeric precision, or -1
 * @param scale numeric scale, or -1
 * @param nullable whether NULL is allowed
 * @param defaultValue the default expression as text, or {@code null}
 * @param autoIncrement whether the database fills it (identity, serial, auto_increment, SQLite rowid alias)
 * @param generated whether it is a computed (generated) column
 * @param comment the column comment, or {@code null}
 */
public record ColumnInfo(String name, int position, String typeName, int jdbcType, int length, int precision,
        int scale, boolean nullable, String defaultValue, boolean autoIncrement, boolean generated, String comment) {
}
