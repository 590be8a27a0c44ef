package velocity.core.tests;

import velocity.core.VelocityException;
import velocity.tests.support.TestDatabase;

/**
 * A table of every kind of value an export must get right, in a sandbox: quotes, delimiters and a line
 * break inside a text, NULL next to an empty text, numbers, booleans, dates, unicode and binary.
 */
final class ExportTables {

    static final String HEADER = "id,name,amount,flag,day,ts,data,note";

    private ExportTables() {
    }

    /** Creates {@code name} in the sandbox's schema with three rows. */
    static void create(Sandbox s, String name) throws VelocityException {
        TestDatabase db = s.database();
        String binary = switch (db) {
            case POSTGRESQL -> "BYTEA";
            case MYSQL -> "VARBINARY(16)";
            case SQLITE -> "BLOB";
        };
        String dateType = db == TestDatabase.SQLITE ? "TEXT" : "DATE";
        String timestamp = switch (db) {
            case POSTGRESQL -> "TIMESTAMP";
            case MYSQL -> "DATETIME";
            case SQLITE -> "TEXT";
        };
        String charset = db == TestDatabase.MYSQL ? " CHARACTER SET utf8mb4" : "";
        String table = s.table(name);
        s.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(100)" + charset
                + ", amount DECIMAL(10,2), flag BOOLEAN, day " + dateType + ", ts " + timestamp + ", data " + binary
                + ", note VARCHAR(100)" + charset + ")");
        s.execute("INSERT INTO " + table + " VALUES (1, 'plain', 10.25, " + bool(db, true)
                + ", '2026-11-24', '2026-11-24 10:15:30', " + bytes(db, "00ff22") + ", 'ünïcødé ✓ 日本')",
                "INSERT INTO " + table + " VALUES (2, 'a,\"b\"\nc', -3.75, " + bool(db, false)
                        + ", '2026-01-02', '2026-01-02 00:00:00', " + bytes(db, "41") + ", '')",
                "INSERT INTO " + table + " VALUES (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
    }

    private static String bool(TestDatabase db, boolean value) {
        return db == TestDatabase.SQLITE ? (value ? "1" : "0") : Boolean.toString(value).toUpperCase();
    }

    private static String bytes(TestDatabase db, String hex) {
        return db == TestDatabase.POSTGRESQL ? "decode('" + hex + "', 'hex')" : "X'" + hex + "'";
    }

    /** The CSV the default options give, read and formatted by Velocity. */
    static String expectedCsv(TestDatabase db) {
        String t = db == TestDatabase.SQLITE ? "1" : "true";
        String f = db == TestDatabase.SQLITE ? "0" : "false";
        return HEADER + "\n"
                + "1,plain,10.25," + t + ",2026-11-24,2026-11-24 10:15:30,\\x00ff22,ünïcødé ✓ 日本\n"
                + "2,\"a,\"\"b\"\"\nc\",-3.75," + f + ",2026-01-02,2026-01-02 00:00:00,\\x41,\"\"\n"
                + "3,,,,,,,\n";
    }

    /** The JSON objects of the three rows, one a line. */
    static String[] expectedJsonRows(TestDatabase db) {
        boolean sqlite = db == TestDatabase.SQLITE;
        String t = sqlite ? "1" : "true";
        String f = sqlite ? "0" : "false";
        // SQLite keeps dates as the text they were given; the servers' dates and times are ISO 8601.
        String ts1 = sqlite ? "2026-11-24 10:15:30" : "2026-11-24T10:15:30";
        String ts2 = sqlite ? "2026-01-02 00:00:00" : "2026-01-02T00:00:00";
        return new String[] {
            "{\"id\":1,\"name\":\"plain\",\"amount\":10.25,\"flag\":" + t + ",\"day\":\"2026-11-24\",\"ts\":\"" + ts1
                    + "\",\"data\":\"AP8i\",\"note\":\"ünïcødé ✓ 日本\"}",
            "{\"id\":2,\"name\":\"a,\\\"b\\\"\\nc\",\"amount\":-3.75,\"flag\":" + f + ",\"day\":\"2026-01-02\",\"ts\":\""
                    + ts2 + "\",\"data\":\"QQ==\",\"note\":\"\"}",
            "{\"id\":3,\"name\":null,\"amount\":null,\"flag\":null,\"day\":null,\"ts\":null,\"data\":null,\"note\":null}" };
    }
}
