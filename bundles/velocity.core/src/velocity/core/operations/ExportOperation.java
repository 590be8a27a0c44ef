package velocity.core.operations;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.export.ExportOptions;
import velocity.core.export.ExportResult;
import velocity.core.export.ExportSource;
import velocity.core.export.ExporterDescriptor;
import velocity.core.export.RowWriter;
import velocity.core.internal.ExportFile;
import velocity.core.internal.ExportPipeline;
import velocity.core.query.QueryExecution;
import velocity.core.query.QueryRequest;
import velocity.core.query.ResultColumn;
import velocity.core.query.RowPage;
import velocity.core.query.StatementResult;
import velocity.core.spi.CopyExport;

/**
 * Exports a table, a query's rows or rows already fetched to a file in one format. Rows stream from the
 * server page by page (the core's streaming execution: a cursor on PostgreSQL, a streamed result on MySQL)
 * and go straight to the file, so memory stays bounded whatever the size. Where the dialect's server writes
 * the format itself with these options ({@link CopyExport}, PostgreSQL's COPY) it does so. Otherwise the
 * rows are formatted on a second thread while the next pages are read, a few pages apart. Progress is the
 * number of rows read; a cancel stops the statement on the server. The rows go to a temporary file
 * beside the target that takes the target's name only at the end: a failed or cancelled export leaves no
 * file at the target, and an existing target is replaced only with {@code overwrite}.
 */
public final class ExportOperation implements VelocityOperation<ExportResult> {

    /** Rows read from the server at a time; large enough for a fast scan, small enough to keep memory low. */
    static final int PAGE_SIZE = 2_000;

    private final ActiveConnection connection;
    private final ExportSource source;
    private final ExporterDescriptor format;
    private final ExportOptions options;
    private final Path target;
    private final boolean overwrite;
    private final boolean serverSide;

    /**
     * @param connection the connection to read from; may be {@code null} for {@link ExportSource.Rows}
     * @param source what to export
     * @param format the format, from {@link velocity.core.export.ExporterRegistry}
     * @param options the format's options
     * @param target the file to write
     * @param overwrite whether an existing target may be replaced
     */
    public ExportOperation(ActiveConnection connection, ExportSource source, ExporterDescriptor format,
            ExportOptions options, Path target, boolean overwrite) {
        this(connection, source, format, options, target, overwrite, true);
    }

    private ExportOperation(ActiveConnection connection, ExportSource source, ExporterDescriptor format,
            ExportOptions options, Path target, boolean overwrite, boolean serverSide) {
        this.connection = connection;
        this.source = Objects.requireNonNull(source, "source");
        this.format = Objects.requireNonNull(format, "format");
        this.options = Objects.requireNonNull(options, "options");
        this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
        this.overwrite = overwrite;
        this.serverSide = serverSide;
        if (connection == null && !(source instanceof ExportSource.Rows)) {
            throw new IllegalArgumentException("Exporting a table or a query needs a connection.");
        }
    }

    /**
     * The same export, with the rows always read and formatted by Velocity, never written by the server:
     * the output is then the same on every database.
     */
    public ExportOperation clientSide() {
        return new ExportOperation(connection, source, format, options, target, overwrite, false);
    }

    @Override
    public String label() {
        String what = switch (source) {
            case ExportSource.Table t -> "table " + t.table();
            case ExportSource.Query q -> "a query";
            case ExportSource.Rows r -> "the fetched rows";
        };
        return "Exporting " + what + (connection == null ? "" : " of '" + connection.name() + "'") + " to " + target;
    }

    @Override
    public ExportResult run(Monitor monitor) throws VelocityException {
        long start = System.nanoTime();
        monitor.checkCancelled(label());
        monitor.task(label(), -1);
        boolean copied = false;
        long rows;
        try (ExportFile file = open()) {
            Optional<CopyExport> copy = copyExport();
            if (copy.isPresent()) {
                rows = copy(copy.get(), file, monitor);
                copied = true;
            } else if (source instanceof ExportSource.Rows r) {
                rows = writeFetched(r, file, monitor);
            } else {
                rows = writeQuery(file, monitor);
            }
            monitor.checkCancelled(label());
            file.publish();
        } catch (FileAlreadyExistsException e) {
            throw new VelocityException(ErrorKind.IO, target + " exists already. Choose another file, or allow "
                    + "replacing it (--overwrite on the command line).", e);
        } catch (IOException e) {
            throw ioFailure(e);
        }
        return new ExportResult(target, rows, (System.nanoTime() - start) / 1_000_000, copied);
    }

    private ExportFile open() throws IOException, VelocityException {
        try {
            return new ExportFile(target, overwrite);
        } catch (NoSuchFileException e) {
            throw new VelocityException(ErrorKind.IO, "Cannot export to " + target + ": the folder "
                    + target.getParent() + " does not exist. Create it or choose another file.", e);
        }
    }

    private Optional<CopyExport> copyExport() {
        if (!serverSide || connection == null || source instanceof ExportSource.Rows) {
            return Optional.empty();
        }
        return connection.dialect().copyExport().filter(c -> c.supports(format.id(), options));
    }

    private String sql() {
        return switch (source) {
            case ExportSource.Table t -> "SELECT * FROM " + connection.dialect().syntax().qualify(t.table().schema(),
                    t.table().name());
            case ExportSource.Query q -> q.sql();
            case ExportSource.Rows r -> throw new IllegalStateException("fetched rows have no SQL");
        };
    }

    private long copy(CopyExport copy, ExportFile file, Monitor monitor) throws VelocityException {
        String sql = sql();
        return connection.withSession(monitor, label(), false, session -> {
            try {
                return copy.copy(session, format.id(), sql, options, file.out(), monitor::worked);
            } catch (IOException e) {
                throw new SQLException(ioFailure(e).getMessage(), "58030", e);
            }
        });
    }

    private long writeQuery(ExportFile file, Monitor monitor) throws VelocityException, IOException {
        try (QueryExecution execution = connection.execute(new QueryRequest(sql(), PAGE_SIZE, 0), monitor)) {
            StatementResult result = execution.nextResult();
            if (!(result instanceof StatementResult.Rows rows)) {
                throw new VelocityException(ErrorKind.CONFIGURATION, "Connection '" + connection.name()
                        + "': the statement gives no rows to export. Export a query that returns rows (SELECT).");
            }
            RowWriter writer = format.exporter().open(rows.columns(), options, file.out());
            long written = 0;
            try (ExportPipeline pipeline = new ExportPipeline(writer, target.getFileName().toString())) {
                RowPage page;
                do {
                    page = rows.fetch(PAGE_SIZE);
                    pipeline.put(page.rows());
                    written += page.rows().size();
                    monitor.worked(page.rows().size());
                } while (!page.last());
                pipeline.finish();
            }
            return written;
        }
    }

    private long writeFetched(ExportSource.Rows fetched, ExportFile file, Monitor monitor)
            throws VelocityException, IOException {
        List<ResultColumn> columns = fetched.columns();
        RowWriter writer = format.exporter().open(columns, options, file.out());
        long written = 0;
        for (Object[] row : fetched.rows()) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("A row has " + row.length + " values for " + columns.size()
                        + " columns.");
            }
            writer.write(row);
            if (++written % PAGE_SIZE == 0) {
                monitor.checkCancelled(label());
                monitor.worked(PAGE_SIZE);
            }
        }
        monitor.worked(written % PAGE_SIZE);
        writer.finish();
        return written;
    }

    private VelocityException ioFailure(IOException e) {
        return new VelocityException(ErrorKind.IO, "Writing " + target + " failed: " + e.getMessage()
                + ". Check that the folder is writable and the disk has room.", e);
    }
}
