package velocity.core.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.util.function.LongConsumer;

import velocity.core.export.ExportOptions;

/**
 * A dialect capability: the server writes an export format itself (PostgreSQL's {@code COPY ... TO
 * STDOUT}), faster than reading the rows over JDBC and formatting them. The core uses it only when
 * {@link #supports} says the options can be honoured exactly, and reads the rows itself otherwise.
 */
public interface CopyExport {

    /**
     * Whether the server can write this format with these options.
     *
     * @param format an export format id, as the registry names it (e.g. {@code csv})
     */
    boolean supports(String format, ExportOptions options);

    /**
     * Runs a query and writes its rows in the format. A cancel of the session's monitor must stop the
     * server at once.
     *
     * @param session the borrowed connection
     * @param query a query, as the user or the core wrote it
     * @param progress receives the number of rows written since its last call
     * @return the rows written, the header not counted
     */
    long copy(SqlSession session, String format, String query, ExportOptions options, OutputStream out,
            LongConsumer progress) throws SQLException, IOException;
}
