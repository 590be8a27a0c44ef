package velocity.core.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param target the file written
 * @param rows the rows written, the header not counted
 * @param millis how long the export took
 * @param serverSide whether the database wrote the format itself (PostgreSQL's COPY)
 */
public record ExportResult(Path target, long rows, long millis, boolean serverSide) {
}
