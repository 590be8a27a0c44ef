package velocity.core.export;

import java.io.IOException;

/**
 * Writes rows one by one in a format. It buffers at most a little output; the rows themselves are never
 * kept, so an export of any size runs in bounded memory. One thread at a time uses a writer, though not
 * necessarily the thread that opened it: the rows of a query are written on a thread of their own.
 */
public interface RowWriter {

    /**
     * Writes one row. Values are as {@link velocity.core.query.RowPage} describes them: {@code null} for SQL
     * NULL, strings, numbers, booleans, {@code java.time} values and {@code byte[]}.
     */
    void write(Object[] row) throws IOException;

    /** Writes what ends the output (a closing bracket, say) and flushes it to the stream. */
    void finish() throws IOException;
}
