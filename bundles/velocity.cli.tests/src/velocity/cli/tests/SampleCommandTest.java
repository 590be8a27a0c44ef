package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code velocity sample}: the sample database, its saved connection, and the files it never replaces. */
class SampleCommandTest extends CliTest {

    private static final String NAME = "Sample (SQLite)";

    @Test
    void createsTheSampleInTheHomeAndSavesItsConnection() throws Exception {
        Path file = dir.resolve("home").resolve("sample").resolve("velocity-sample.db");
        Cli.Result result = cli.run("sample").expect(0);
        assertEquals(List.of(file.toString()), result.outLines());
        assertEquals(2, result.errLines().size(), result.err());
        assertTrue(result.errLines().get(0).matches("Created the sample database \\Q" + file + "\\E in \\d+ ms\\."),
                result.err());
        assertEquals("Saved connection 'Sample (SQLite)'. Try: velocity tables --connection 'Sample (SQLite)'",
                result.errLines().get(1));
        assertTrue(Files.isRegularFile(file));

        List<String> connections = cli.run("connections", "--format", "csv").expect(0).outLines();
        assertEquals(List.of("name,dialect,target,user", NAME + ",sqlite,sqlite:" + file + ","), connections);
        List<String> tables = cli.run("tables", "--connection", NAME, "--format", "csv").expect(0).outLines();
        assertTrue(tables.contains("main,customers,table,3000,"), tables.toString());
        assertTrue(tables.contains("main,product_sales,view,,"), tables.toString());
        assertEquals(List.of("orders", "10000"), cli.run("query", "--connection", NAME, "--sql",
                "SELECT COUNT(*) AS orders FROM orders", "--format", "csv").expect(0).outLines());
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Path file = dir.resolve("shop.db");
        cli.run("sample", "--file", file.toString()).expect(0);
        long size = Files.size(file);
        Cli.Result again = cli.run("sample", "--file", file.toString()).expect(1);
        assertEquals(List.of("velocity: The file " + file + " exists already; the sample database is never written over "
                + "a file. Remove it, or choose another path."), again.errLines());
        assertEquals("", again.out());
        assertEquals(size, Files.size(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("home", "shop.db"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left");
        }
    }

    @Test
    void aSecondSampleLeavesTheSavedConnectionAlone() throws Exception {
        Path first = dir.resolve("first.db");
        Path second = dir.resolve("second.db");
        cli.run("sample", "--file", first.toString()).expect(0);
        Cli.Result result = cli.run("sample", "--file", second.toString()).expect(0);
        assertEquals(List.of(second.toString()), result.outLines());
        assertEquals("The connection 'Sample (SQLite)' exists already (sqlite:" + first + ") and was left as it is; "
                + "'velocity connections add' saves one for the new file.", result.errLines().get(1));
        assertEquals(first.toString(), cli.velocity().connections().get(NAME).database());
        assertTrue(Files.isRegularFile(second));
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertEquals(List.of("velocity: unexpected argument 'b.db'. See 'velocity sample --help'."),
                cli.run("sample", "--file", "a.db", "b.db").expect(2).errLines());
        assertEquals(List.of("velocity: unknown option --format. See 'velocity sample --help'."),
                cli.run("sample", "--format", "json").expect(2).errLines());
        assertFalse(Files.exists(dir.resolve("home").resolve("sample")), "nothing was created");
    }
}
