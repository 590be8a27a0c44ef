package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.PGConnection;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.export.ExportOptions;
import velocity.core.export.ExportResult;
import velocity.core.export.ExportSource;
import velocity.core.export.Quoting;
import velocity.core.metadata.TableRef;
import velocity.core.operations.ExportOperation;
import velocity.tests.support.TestDatabase;

/**
 * CSV exported from PostgreSQL, by the server's COPY or by Velocity itself, loads back with
 * {@code COPY ... FROM STDIN CSV} into the very same rows: NULL and empty texts, quotes, line breaks,
 * unicode, binary, dates and numbers included.
 */
class CsvRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "server minimal", "server all", "client minimal", "client all", "client non-numeric" })
    void exportedCsvLoadsBackIntoTheSameRows(String variant) throws Exception {
        boolean server = variant.startsWith("server");
        Quoting quoting = Quoting.valueOf(variant.substring(variant.indexOf(' ') + 1).replace('-', '_').toUpperCase());
        try (Velocity v = TestVelocity.open(dir.resolve("home")); Sandbox s = Sandbox.open(v, TestDatabase.POSTGRESQL, dir)) {
            ExportTables.create(s, "source");
            s.execute("INSERT INTO %s.source VALUES (4, ' spaced ', 0, TRUE, '1999-12-31', '1999-12-31 23:59:59.123456', "
                    + "'\\x'::bytea, 'NULL')");
            s.execute("CREATE TABLE %s.loaded (LIKE %s.source)");
            ExportOptions options = ExportOptions.DEFAULTS.withQuoting(quoting);
            Path file = dir.resolve("source.csv");
            ExportOperation export = new ExportOperation(s.connection(),
                    new ExportSource.Table(new TableRef(s.schema(), "source")), v.exporters().get("csv"), options,
                    file, false);
            ExportResult result = (server ? export : export.clientSide()).run(Monitor.create());
            assertEquals(4, result.rows());
            assertEquals(server, result.serverSide());

            long loaded = s.connection().withSession(Monitor.create(), "Loading the CSV", false, session -> {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return session.connection().unwrap(PGConnection.class).getCopyAPI().copyIn(
                            "COPY " + s.table("loaded") + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                } catch (java.io.IOException e) {
                    throw new java.sql.SQLException(e);
                }
            });
            assertEquals(4, loaded);
            String differences = "SELECT count(*) FROM ((SELECT * FROM %1$s.source EXCEPT ALL SELECT * FROM %1$s.loaded) "
                    + "UNION ALL (SELECT * FROM %1$s.loaded EXCEPT ALL SELECT * FROM %1$s.source)) d";
            assertEquals(0, Queries.number(s.connection(), String.format(differences, s.quote(s.schema()))));
            assertEquals(1, Queries.number(s.connection(), "SELECT count(*) FROM " + s.table("loaded")
                    + " WHERE note = '' AND name IS NOT NULL"), "the empty text stays apart from NULL");
        }
    }
}
