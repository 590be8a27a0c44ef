package velocity.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** edit: one row inserted, updated or deleted, or previewed, on every test database. */
class EditCommandTest extends CliTest {

    private static String quote(TestServer server, String name) {
        String q = server == TestServer.MYSQL ? "`" : "\"";
        return q + name + q;
    }

    private static List<String> rows(Database db, String table) {
        return db.sql("SELECT id, name, note FROM " + table + " ORDER BY id", "--format", "csv").expect(0).outLines();
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void previewPrintsTheStatementAndChangesNothing(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            String table = quote(server, server.defaultSchema()) + "." + quote(server, t.parent());
            Cli.Result insert = db.run("edit", "--table", t.parent(), "--insert", "id=6", "--insert", "name=O'Hara",
                    "--insert", "amount=1.50", "--insert", "note=\\N", "--preview").expect(0);
            assertEquals("INSERT INTO " + table + " (" + quote(server, "id") + ", " + quote(server, "name") + ", "
                    + quote(server, "amount") + ", " + quote(server, "note") + ") VALUES (6, 'O''Hara', 1.50, NULL);\n",
                    insert.out());
            Cli.Result update = db.run("edit", "--table", t.parent(), "--update", "--key", "id=2", "--set", "note=new",
                    "--preview").expect(0);
            assertEquals("UPDATE " + table + " SET " + quote(server, "note") + " = 'new' WHERE " + quote(server, "id")
                    + " = 2;\n", update.out());
            Cli.Result delete = db.run("edit", "--table", t.parent(), "--delete", "--key", "id=3", "--preview").expect(0);
            assertEquals("DELETE FROM " + table + " WHERE " + quote(server, "id") + " = 3;\n", delete.out());
            assertEquals(6, rows(db, t.parent()).size(), "a header and the five rows, unchanged");
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void insertsUpdatesAndDeletesAndSaysHowManyRowsChanged(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            assertEquals(List.of("1 row inserted into " + server.defaultSchema() + "." + t.parent() + "."),
                    db.run("edit", "--table", t.parent(), "--insert", "id=6", "--insert", "name=zeta").expect(0).errLines());
            assertEquals(List.of("1 row updated in " + server.defaultSchema() + "." + t.parent() + "."),
                    db.run("edit", "--table", t.parent(), "--schema", server.defaultSchema(), "--update", "--key", "id=2",
                            "--set", "name=bee", "--set", "note=\\N").expect(0).errLines());
            assertEquals(List.of("1 row deleted from " + server.defaultSchema() + "." + t.parent() + "."),
                    db.run("edit", "--table", t.parent(), "--delete", "--key", "id=3").expect(0).errLines());
            assertEquals(List.of("id,name,note", "1,alpha,", "2,bee,", "4,delta,four", "5,epsilon,x", "6,zeta,"),
                    rows(db, t.parent()));
            assertEquals("", db.sql("SELECT note FROM " + t.parent() + " WHERE id = 2 AND note IS NULL", "--format", "csv")
                    .expect(0).outLines().get(1), "\\N is NULL");
        }
    }

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void badValuesKeysAndArgumentsAreRefusedWithTheReason(TestServer server) {
        Database db = new Database(cli, server, dir);
        try (Database.Tables t = db.createTables()) {
            Cli.Result value = db.run("edit", "--table", t.parent(), "--update", "--key", "id=1", "--set", "amount=ten")
                    .expect(1);
            assertTrue(value.err().contains("'ten' is not a number, as column amount"), value.err());
            Cli.Result key = db.run("edit", "--table", t.parent(), "--delete", "--key", "name=alpha").expect(1);
            assertTrue(key.err().contains("are identified by id: give --key id=VALUE"), key.err());
            Cli.Result missing = db.run("edit", "--table", t.parent(), "--delete", "--key", "id=99").expect(1);
            assertTrue(missing.err().contains("matched no row") && missing.err().contains("rolled back"), missing.err());
            Cli.Result column = db.run("edit", "--table", t.parent(), "--insert", "nope=1").expect(1);
            assertTrue(column.err().contains("has no column nope"), column.err());
            assertTrue(db.run("edit", "--table", t.parent(), "--update", "--key", "id=1").expect(2).err()
                    .contains("--update needs at least one --set"));
            assertTrue(db.run("edit", "--table", t.parent(), "--insert", "id=7", "--delete").expect(2).err()
                    .contains("give one of"));
            assertEquals(6, rows(db, t.parent()).size(), "nothing changed");
        }
    }
}
