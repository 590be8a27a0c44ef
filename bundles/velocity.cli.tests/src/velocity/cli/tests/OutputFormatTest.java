package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/** The details of the output formats: long and awkward cells, repeated labels, several results. */
class OutputFormatTest extends CliTest {

    @Test
    void theTableFormatCutsLongCellsAndKeepsEachRowOnOneLine() {
        String seventy = "x".repeat(70);
        String sql = "SELECT '" + seventy + "' AS long, 'a' || char(9) || 'b' || char(10) || 'c' AS awkward, "
                + "'" + "y".repeat(60) + "' AS sixty";
        List<String> table = sqlite(sql).expect(0).outLines();
        assertEquals(3, table.size(), table.toString());
        String[] cells = table.get(2).split("\\s+");
        assertEquals("x".repeat(59) + "\u2026", cells[0]);
        assertEquals("a\\tb\\nc", cells[1]);
        assertEquals("y".repeat(60), cells[2]);
        assertEquals(List.of("long,awkward,sixty", seventy + ",\"a\tb\nc\"," + "y".repeat(60)),
                List.of(sqlite(sql, "--format", "csv").expect(0).out().split("\r\n")));
    }

    @Test
    void jsonKeepsTypesAndMakesRepeatedLabelsUnique() {
        JsonObject row = JsonParser.parseString(sqlite("SELECT 1 AS a, 2.5 AS a, 'x' AS b, NULL AS c", "--format", "json")
                .expect(0).out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(List.of("a", "a_2", "b", "c"), List.copyOf(row.keySet()));
        assertEquals(new JsonPrimitive(1), row.get("a"));
        assertEquals(2.5, row.get("a_2").getAsDouble());
        assertTrue(row.get("b").getAsJsonPrimitive().isString());
        assertTrue(row.get("c").isJsonNull());
        assertEquals("[]\n", sqlite("SELECT 1 AS a WHERE 1 = 0", "--format", "json").expect(0).out());
        assertEquals(List.of("a", "-"), sqlite("SELECT 1 AS a WHERE 1 = 0").expect(0).outLines());
    }

    @Test
    void everyResultOfAStatementIsWritten() {
        TestServer.POSTGRESQL.assumeReachable();
        String sql = "SELECT 1 AS a, true AS t; SELECT 'two' AS b; SELECT 3 AS c WHERE false";
        Cli.Result table = run(TestServer.POSTGRESQL, sql).expect(0);
        assertEquals(List.of("a  t", "-  ----", "1  true", "", "b", "---", "two", "", "c", "-"), table.outLines());
        assertTrue(table.err().matches("\\(2 rows, \\d+ ms\\)\\n"), table.err());

        String[] json = run(TestServer.POSTGRESQL, sql, "--format", "json").expect(0).out().split("\n(?=\\[)");
        assertEquals(3, json.length);
        JsonArray first = JsonParser.parseString(json[0]).getAsJsonArray();
        assertEquals(new JsonPrimitive(true), first.get(0).getAsJsonObject().get("t"));
        assertEquals("two", JsonParser.parseString(json[1]).getAsJsonArray().get(0).getAsJsonObject().get("b").getAsString());
        assertEquals(0, JsonParser.parseString(json[2]).getAsJsonArray().size());

        assertEquals("a,t\r\n1,true\r\n\r\nb\r\ntwo\r\n\r\nc\r\n", run(TestServer.POSTGRESQL, sql, "--format", "csv").out());
    }

    private Cli.Result sqlite(String sql, String... options) {
        return run(TestServer.SQLITE, sql, options);
    }

    private Cli.Result run(TestServer server, String sql, String... options) {
        return cli.run(Cli.args(List.of("query", "--sql", sql), List.of(options), server.connection(dir)), server.stdin());
    }
}
