package velocity.core.spi;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

import velocity.core.query.ResultColumn;

/**
 * How a result's values are read. The standard reading asks the driver for an object per value and turns
 * driver types into plain values; a dialect whose driver is slow at that for some column types (a factory
 * and a calendar per value, say) reads those columns itself. Every value it gives must equal the standard
 * reading's, which it can fall back to, value by value.
 */
public interface ValueReading {

    /** The standard reading for every column. */
    ValueReading STANDARD = (rs, meta, index, column, standard) -> standard;

    /**
     * The reader of one column of a result, chosen once per result.
     *
     * @param rs the result, before its first row
     * @param meta its metadata
     * @param index the column, 1-based
     * @param column what Velocity made of the column's metadata
     * @param standard the standard reader of the column
     * @return the reader to use: {@code standard} when the dialect does nothing better
     */
    ColumnReader reader(ResultSet rs, ResultSetMetaData meta, int index, ResultColumn column, ColumnReader standard)
            throws SQLException;
}
