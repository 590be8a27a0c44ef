package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code velocity rows} with --filter, --where and --sort on every test database. */
class RowsFilterCommandTest extends CliTest {

    /** The first CSV column of the rows, without the header. */
    private static List<String> ids(Cli.Result result) {
        return result.outLines().stream().skip(1).map(l -> l.split(",")[0]).toList();
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void filtersSortsAndCountsOnTheServer(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            String p = t.parent();
            Cli.Result sorted = db.run("rows", "--table", p, "--filter", "amount >= 3", "--sort", "amount:desc",
                    "--count", "--format", "csv").expect(0);
            assertEquals(List.of("1", "5", "3"), ids(sorted));
            assertEquals(List.of("page 1, rows 1-3 of 3"), sorted.errLines());

            assertEquals(List.of("1", "2"), ids(db.run("rows", "--table", p, "--filter", "name IN (alpha, 'b,\"c\"')",
                    "--format", "csv").expect(0)));
            assertEquals(List.of("1"), ids(db.run("rows", "--table", p, "--filter", "note is null", "--format", "csv")
                    .expect(0)));
            assertEquals(List.of("2", "3", "4", "5"), ids(db.run("rows", "--table", p, "--filter", "note IS NOT NULL",
                    "--format", "csv").expect(0)));
            assertEquals(List.of("4"), ids(db.run("rows", "--table", p, "--where", "id > 3", "--filter", "name LIKE '%a'",
                    "--format", "csv").expect(0)));
            assertEquals(List.of("3", "5"), ids(db.run("rows", "--table", p, "--filter", "amount BETWEEN 3 AND 5",
                    "--filter", "id<>1", "--format", "csv").expect(0)));

            Cli.Result second = db.run("rows", "--table", p, "--sort", "name:desc", "--page", "2", "--page-size", "2",
                    "--count", "--format", "csv").expect(0);
            assertEquals(List.of("4", "2"), ids(second));
            assertEquals(List.of("page 2, rows 3-4 of 5"), second.errLines());

            Cli.Result injection = db.run("rows", "--table", p, "--filter", "name = x' OR '1'='1", "--count").expect(0);
            assertEquals(List.of("page 1, no rows of 0"), injection.errLines());
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void badFiltersFailInOneLineNamingWhatIsWrong(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            String p = t.parent();
            Cli.Result semicolon = db.run("rows", "--table", p, "--where", "id = 1; DROP TABLE " + p).expect(1);
            assertTrue(semicolon.err().contains("';'"), semicolon.err());
            Cli.Result value = db.run("rows", "--table", p, "--filter", "id = abc").expect(1);
            assertTrue(value.err().contains("'abc'") && value.err().contains("column 'id'"), value.err());
            Cli.Result column = db.run("rows", "--table", p, "--filter", "nope = 1").expect(1);
            assertTrue(column.err().contains("no column 'nope'"), column.err());
            Cli.Result usage = db.run("rows", "--table", p, "--filter", "id").expect(2);
            assertTrue(usage.err().contains("--filter 'id': no operator"), usage.err());
            Cli.Result between = db.run("rows", "--table", p, "--filter", "id BETWEEN 1").expect(2);
            assertTrue(between.err().contains("BETWEEN takes two values"), between.err());
            assertEquals(1, value.errLines().size(), value.err());
            assertEquals(5, db.sql("SELECT * FROM " + p, "--format", "csv").expect(0).outLines().size() - 1, "the table is intact");
        }
    }
}
