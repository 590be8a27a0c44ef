package velocity.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import velocity.core.query.ResultColumn;

/**
 * A file format rows can be exported to, contributed through the extension point
 * {@code velocity.core.exporters}. Implementations are stateless and thread-safe: the registry creates one
 * per contribution, on first use, and every export opens a writer of its own.
 */
public interface Exporter {

    /**
     * Opens a writer for rows of the given columns. The writer owns nothing: the caller closes the stream
     * after {@link RowWriter#finish()}.
     *
     * @param columns the columns, in the order of the values of every row
     * @param options the options; a format uses those that apply to it and ignores the others
     * @param out where the bytes go (UTF-8 for text formats)
     * @throws IOException when the stream cannot be written
     */
    RowWriter open(List<ResultColumn> columns, ExportOptions options, OutputStream out) throws IOException;
}
