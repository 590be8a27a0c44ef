package velocity.core.query;

/**
 * A column of a result.
 *
 * @param label the column label
 * @param typeName the database's type name
 * @param jdbcType the {@link java.sql.Types} constant
 * @param precision the precision or display size the driver reports, 0 when unknown
 * @param scale the scale, 0 when not numeric
 */
public record ResultColumn(String label, String typeName, int jdbcType, int precision, int scale) {
}
