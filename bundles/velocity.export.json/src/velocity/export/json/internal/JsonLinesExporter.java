package velocity.export.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import velocity.core.export.ExportOptions;
import velocity.core.export.Exporter;
import velocity.core.export.RowWriter;
import velocity.core.query.ResultColumn;

/** JSON Lines: one object per row and line, no enclosing array, so a reader can stream it line by line. */
public final class JsonLinesExporter implements Exporter {

    @Override
    public RowWriter open(List<ResultColumn> columns, ExportOptions options, OutputStream out) throws IOException {
        return new JsonRows(columns, out, false);
    }
}
