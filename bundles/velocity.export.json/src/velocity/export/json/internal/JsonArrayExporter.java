package velocity.export.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import velocity.core.export.ExportOptions;
import velocity.core.export.Exporter;
import velocity.core.export.RowWriter;
import velocity.core.query.ResultColumn;

/** JSON: one array holding an object per row, each on a line of its own. */
public final class JsonArrayExporter implements Exporter {

    @Override
    public RowWriter open(List<ResultColumn> columns, ExportOptions options, OutputStream out) throws IOException {
        return new JsonRows(columns, out, true);
    }
}
