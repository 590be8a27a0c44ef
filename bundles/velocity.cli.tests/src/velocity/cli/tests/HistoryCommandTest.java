package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code velocity history}: what {@code velocity query} ran, found again by connection, text and outcome. */
class HistoryCommandTest extends CliTest {

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void listsWhatTheQueryCommandRanNewestFirst(TestServer server) {
        Database db = new Database(cli, server, dir);
        String marker = "h" + UUID.randomUUID().toString().substring(0, 8);
        db.sql("SELECT 1 AS one_" + marker).expect(0);
        db.sql("SELECT 2 AS two_" + marker).expect(0);
        db.sql("SELECT missing_" + marker + " FROM nowhere_" + marker).expect(1);

        Cli.Result table = cli.run("history", "--search", marker).expect(0);
        List<String> lines = table.outLines();
        assertEquals(5, lines.size(), table.out());
        assertTrue(lines.get(0).matches("time\\s+connection\\s+ms\\s+rows\\s+status\\s+sql"), lines.get(0));
        assertTrue(lines.get(2).contains("from --url") && lines.get(2).contains("failed: ")
                && !lines.get(2).contains("failed: Connection")
                && lines.get(2).contains("SELECT missing_" + marker), lines.get(2));
        assertTrue(lines.get(3).matches(".*from --url\\s+\\d+\\s+1\\s+ok\\s+SELECT 2 AS two_" + marker + "\\s*"), lines.get(3));
        assertTrue(lines.get(4).contains("SELECT 1 AS one_" + marker), lines.get(4));

        Cli.Result failed = cli.run("history", "--search", marker, "--failed", "--format", "json").expect(0);
        JsonArray json = JsonParser.parseString(failed.out()).getAsJsonArray();
        assertEquals(1, json.size());
        JsonObject entry = json.get(0).getAsJsonObject();
        assertEquals("failed", entry.get("status").getAsString());
        assertTrue(entry.get("error").getAsString().contains("from --url"), entry.toString());
        assertEquals("SELECT missing_" + marker + " FROM nowhere_" + marker, entry.get("sql").getAsString());
        assertTrue(entry.get("rows").isJsonNull(), entry.toString());

        JsonObject ok = JsonParser.parseString(cli.run("history", "--search", "two_" + marker, "--format", "json")
                .expect(0).out()).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals(1, ok.get("rows").getAsLong());
        assertEquals(false, ok.get("more_rows").getAsBoolean());
        assertEquals("ok", ok.get("status").getAsString());
        assertTrue(ok.get("error").isJsonNull(), ok.toString());

        Cli.Result limited = cli.run("history", "--search", marker, "--limit", "1", "--format", "csv").expect(0);
        assertEquals(2, limited.outLines().size(), limited.out());
        assertTrue(limited.outLines().get(1).endsWith(",SELECT missing_" + marker + " FROM nowhere_" + marker), limited.out());

        Cli.Result none = cli.run("history", "--connection", "elsewhere").expect(0);
        assertEquals("No statements recorded match.\n", none.err());
        cli.run("history", "--limit", "0").expect(2);
    }
}
