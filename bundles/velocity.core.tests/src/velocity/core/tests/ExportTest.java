package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.export.ExportOptions;
import velocity.core.export.ExportResult;
import velocity.core.export.ExportSource;
import velocity.core.export.ExporterDescriptor;
import velocity.core.export.Quoting;
import velocity.core.metadata.TableRef;
import velocity.core.operations.ExportOperation;
import velocity.core.query.ResultColumn;
import velocity.tests.support.TestDatabase;

/** Exports in CSV, JSON and JSON Lines, checked byte for byte, from tables, queries and fetched rows. */
class ExportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void csvJsonAndJsonLinesOfATableAndOfAQuery(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home")); Sandbox s = Sandbox.open(v, db, dir)) {
            ExportTables.create(s, "exp_values");
            ExportSource table = new ExportSource.Table(new TableRef(s.schema(), "exp_values"));
            ExportSource query = new ExportSource.Query("SELECT * FROM " + s.table("exp_values") + " ORDER BY id");

            ExportResult csv = new ExportOperation(s.connection(), query, v.exporters().get("csv"), ExportOptions.DEFAULTS,
                    dir.resolve("values.csv"), false).clientSide().run(Monitor.create());
            assertEquals(3, csv.rows());
            assertFalse(csv.serverSide());
            assertEquals(ExportTables.expectedCsv(db), read(dir.resolve("values.csv")));

            String[] json = ExportTables.expectedJsonRows(db);
            new ExportOperation(s.connection(), query, v.exporters().get("json"), ExportOptions.DEFAULTS,
                    dir.resolve("values.json"), false).run(Monitor.create());
            assertEquals("[\n" + String.join(",\n", json) + "\n]\n", read(dir.resolve("values.json")));

            ExportResult lines = new ExportOperation(s.connection(), table, v.exporters().get("jsonl"),
                    ExportOptions.DEFAULTS, dir.resolve("values.jsonl"), false).run(Monitor.create());
            assertEquals(3, lines.rows());
            // A table is read in the server's order; compare the set of lines.
            assertEquals(Set.of(json), Set.copyOf(read(dir.resolve("values.jsonl")).lines().toList()));
            assertTrue(read(dir.resolve("values.jsonl")).endsWith("}\n"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void progressCountsEveryRowOfALargeResult(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home")); Sandbox s = Sandbox.open(v, db, dir)) {
            long[] worked = new long[1];
            Monitor monitor = Monitor.create(new Monitor.ProgressListener() {
                @Override
                public void task(String name, long totalWork) {
                }

                @Override
                public void worked(long units) {
                    worked[0] += units;
                }
            });
            // MySQL stops recursion at 1,000 levels: 25 x 1,000 rows.
            String sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                    + "SELECT k, 'row ' || k AS label FROM (SELECT (a.i - 1) * 1000 + b.i AS k FROM n a, n b "
                    + "WHERE a.i <= 25) x ORDER BY k";
            if (db == TestDatabase.MYSQL) {
                sql = sql.replace("'row ' || k", "CONCAT('row ', k)");
            }
            ExportResult result = new ExportOperation(s.connection(), new ExportSource.Query(sql),
                    v.exporters().get("csv"), ExportOptions.DEFAULTS.withHeader(false), dir.resolve("n.csv"), false)
                    .run(monitor);
            assertEquals(25_000, result.rows());
            assertEquals(25_000, worked[0]);
            List<String> lines = Files.readAllLines(dir.resolve("n.csv"));
            assertEquals(25_000, lines.size());
            assertEquals("25000,row 25000", lines.get(24_999));
        }
    }

    @Test
    void csvOptionsOnFetchedRows() throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home"))) {
            List<ResultColumn> columns = List.of(new ResultColumn("n", "int", Types.INTEGER, 10, 0),
                    new ResultColumn("d", "numeric", Types.NUMERIC, 10, 2),
                    new ResultColumn("t", "text", Types.VARCHAR, 0, 0),
                    new ResultColumn("b", "bool", Types.BOOLEAN, 0, 0),
                    new ResultColumn("x", "double", Types.DOUBLE, 0, 0),
                    new ResultColumn("at", "timestamptz", Types.TIMESTAMP_WITH_TIMEZONE, 0, 0));
            List<Object[]> rows = List.of(
                    new Object[] { 1, new BigDecimal("1E+3"), "semi;colon", true, 2.5,
                        OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 500_000_000, ZoneOffset.ofHours(1)) },
                    new Object[] { null, new BigDecimal("-0.50"), "NULL", false, 1e20, null },
                    new Object[] { 3, null, "", null, Double.NaN, null });
            ExportOptions options = ExportOptions.DEFAULTS.withDelimiter(';').withHeader(false).withNullText("NULL")
                    .withLineEnding("\r\n");

            assertEquals("1;1000;\"semi;colon\";true;2.5;2026-11-24 10:00:00.5+01:00\r\n"
                    + "NULL;-0.50;\"NULL\";false;1.0E20;NULL\r\n"
                    + "3;NULL;;NULL;NaN;NULL\r\n", export(v, "csv", columns, rows, options, "minimal.csv"));
            assertEquals("\"1\";\"1000\";\"semi;colon\";\"true\";\"2.5\";\"2026-11-24 10:00:00.5+01:00\"\r\n"
                    + "NULL;\"-0.50\";\"NULL\";\"false\";\"1.0E20\";NULL\r\n"
                    + "\"3\";NULL;\"\";NULL;\"NaN\";NULL\r\n",
                    export(v, "csv", columns, rows, options.withQuoting(Quoting.ALL), "all.csv"));
            assertEquals("1;1000;\"semi;colon\";\"true\";2.5;\"2026-11-24 10:00:00.5+01:00\"\r\n"
                    + "NULL;-0.50;\"NULL\";\"false\";1.0E20;NULL\r\n"
                    + "3;NULL;\"\";NULL;NaN;NULL\r\n",
                    export(v, "csv", columns, rows, options.withQuoting(Quoting.NON_NUMERIC), "nonnumeric.csv"));
            assertEquals("n\tt\n1\tsemi;colon\n\t\"\"\n", export(v, "csv", List.of(columns.get(0), columns.get(2)),
                    List.of(new Object[] { 1, "semi;colon" }, new Object[] { null, "" }),
                    ExportOptions.DEFAULTS.withDelimiter('\t'), "tab.csv"));

            assertEquals("{\"n\":1,\"d\":1000,\"t\":\"semi;colon\",\"b\":true,\"x\":2.5,"
                    + "\"at\":\"2026-11-24T10:00:00.5+01:00\"}\n"
                    + "{\"n\":null,\"d\":-0.50,\"t\":\"NULL\",\"b\":false,\"x\":1.0E20,\"at\":null}\n"
                    + "{\"n\":3,\"d\":null,\"t\":\"\",\"b\":null,\"x\":\"NaN\",\"at\":null}\n",
                    export(v, "jsonl", columns, rows, ExportOptions.DEFAULTS, "rows.jsonl"));
            assertEquals("[]\n", export(v, "json", columns, List.of(), ExportOptions.DEFAULTS, "empty.json"));
            assertEquals("n,d,t,b,x,at\n", export(v, "csv", columns, List.of(), ExportOptions.DEFAULTS, "empty.csv"));
        }
    }

    @Test
    void datesAndTimesInBothForms() throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home"))) {
            List<ResultColumn> columns = List.of(new ResultColumn("d", "date", Types.DATE, 0, 0),
                    new ResultColumn("ts", "timestamp", Types.TIMESTAMP, 0, 0));
            List<Object[]> rows = List.<Object[]>of(new Object[] { LocalDate.of(2026, 2, 3),
                LocalDateTime.of(2026, 2, 3, 4, 5, 6, 7_000) });
            assertEquals("d,ts\n2026-02-03,2026-02-03 04:05:06.000007\n",
                    export(v, "csv", columns, rows, ExportOptions.DEFAULTS, "dates.csv"));
            assertEquals("[\n{\"d\":\"2026-02-03\",\"ts\":\"2026-02-03T04:05:06.000007\"}\n]\n",
                    export(v, "json", columns, rows, ExportOptions.DEFAULTS, "dates.json"));
        }
    }

    @Test
    void theExtensionPointListsTheFormats() throws Exception {
        try (Velocity v = TestVelocity.open(dir.resolve("home"))) {
            List<String> ids = v.exporters().all().stream().map(ExporterDescriptor::id).toList();
            assertTrue(ids.containsAll(List.of("csv", "json", "jsonl")), ids.toString());
            ExporterDescriptor csv = v.exporters().get("csv");
            assertEquals("velocity.export.csv", csv.contributor());
            assertEquals("csv", csv.fileExtension());
            assertEquals(ExporterDescriptor.OPTION_NAMES, csv.options());
            ExporterDescriptor json = v.exporters().get("json");
            assertEquals("velocity.export.json", json.contributor());
            assertEquals(Set.of(), json.options());
            assertEquals("jsonl", v.exporters().get("jsonl").fileExtension());
        }
    }

    private String export(Velocity v, String format, List<ResultColumn> columns, List<Object[]> rows,
            ExportOptions options, String file) throws Exception {
        ExportResult result = new ExportOperation(null, new ExportSource.Rows(columns, rows), v.exporters().get(format),
                options, dir.resolve(file), false).run(Monitor.create());
        assertEquals(rows.size(), result.rows());
        return read(dir.resolve(file));
    }

    static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
