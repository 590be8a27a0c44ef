package velocity.core.spi;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads one column of a result's current row. */
@FunctionalInterface
public interface ColumnReader {

    /**
     * Reads the value of column {@code index} (1-based) of the current row as a plain value that outlives the
     * result set: {@code null} for SQL NULL, a string, number, boolean, {@code java.time} value or
     * {@code byte[]}, as {@link velocity.core.query.RowPage} describes.
     */
    Object read(ResultSet rs, int index) throws SQLException;
}
