package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.internal.ValueReader;
import velocity.core.query.ResultColumn;
import velocity.core.spi.ColumnReader;
import velocity.tests.support.TestDatabase;

/**
 * A dialect's own reading of values gives exactly what the standard reading (the driver's objects, made
 * plain) gives, value by value and class by class, for every common type, NULLs and edge values included;
 * where the driver refuses a value (MySQL's zero dates, TIME beyond a day) the dialect gives its text.
 */
class ValueReadingTest {

    private static final String TABLE = "typed_values";
    /** MySQL's columns the dialect reads from the text itself; the others stay with the driver. */
    private static final Set<String> MYSQL_OWN = Set.of("id", "c_tinyint", "c_smallint_u", "c_mediumint", "c_int",
            "c_int_u", "c_bigint", "c_decimal", "c_double", "c_date", "c_datetime", "c_bool", "c_bit1", "c_char",
            "c_varchar", "c_latin1", "c_text", "c_json", "c_enum", "c_timestamp", "c_time", "c_year");

    @TempDir
    Path dir;

    private static String ddl(TestDatabase db) {
        return switch (db) {
            case MYSQL -> "id INT PRIMARY KEY, c_tinyint TINYINT, c_smallint_u SMALLINT UNSIGNED, c_mediumint MEDIUMINT,"
                    + " c_int INT, c_int_u INT UNSIGNED, c_bigint BIGINT, c_bigint_u BIGINT UNSIGNED,"
                    + " c_decimal DECIMAL(20,4), c_double DOUBLE, c_float FLOAT, c_date DATE, c_datetime DATETIME(6),"
                    + " c_timestamp TIMESTAMP NULL, c_time TIME, c_year YEAR, c_bool TINYINT(1), c_bit1 BIT(1),"
                    + " c_bit5 BIT(5), c_char CHAR(3), c_varchar VARCHAR(20), c_latin1 VARCHAR(20) CHARACTER SET latin1,"
                    + " c_text TEXT, c_json JSON, c_enum ENUM('a','b'), c_blob BLOB, c_binary VARBINARY(8)";
            case POSTGRESQL -> "id INT PRIMARY KEY, c_int INT, c_bigint BIGINT, c_decimal NUMERIC(20,4),"
                    + " c_double DOUBLE PRECISION, c_date DATE, c_datetime TIMESTAMP, c_bool BOOLEAN, c_varchar VARCHAR(20),"
                    + " c_text TEXT, c_binary BYTEA";
            case SQLITE -> "id INTEGER PRIMARY KEY, c_int INTEGER, c_decimal NUMERIC, c_double REAL, c_date DATE,"
                    + " c_varchar VARCHAR(20), c_text TEXT, c_binary BLOB";
        };
    }

    private static List<String> rows(TestDatabase db) {
        return switch (db) {
            case MYSQL -> List.of(
                    "1, -128, 65535, -8388608, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615,"
                            + " -1234567890123456.1234, -1.2345678901234567E-300, 1.5E-7, '1000-01-01',"
                            + " '2024-02-29 23:59:59.123456', '2038-01-19 03:14:07', '-838:59:59', 1901, -1, b'1',"
                            + " b'10101', 'é€', 'caf\u00e9 \u2603 \"q\"', 'caf\u00e9', 'line\\nbreak, comma',"
                            + " '{\"a\": [1, 2.5, null]}', 'b', X'00FF10', X'DEAD'",
                    "2, 127, 0, 8388607, 2147483647, 0, 9223372036854775807, 0, 0.0000, 0, 0, '9999-12-31',"
                            + " '2024-01-02 03:04:05', NULL, '00:00:00', 2155, 0, b'0', b'0', '', '', '', '', '[]', 'a',"
                            + " X'', X''",
                    "3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
                            + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL",
                    "4, 0, 1, 0, 5, 1, 1, 1, 1E+2, 1E300, 3.25, '2000-02-29', '1999-12-31 23:59:59.5', NULL, '12:00:00',"
                            + " 2000, 5, b'1', b'1', 'x', 'x', 'x', 'x', '1', 'a', X'01', X'01'",
                    // Zero dates: what they mean is the driver's business (by default an error).
                    "5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '0000-00-00', '0000-00-00 00:00:00',"
                            + " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL");
            case POSTGRESQL -> List.of(
                    "1, -2147483648, -9223372036854775808, -1234567890123456.1234, -1.2345678901234567E-300, '1000-01-01',"
                            + " '2024-02-29 23:59:59.123456', TRUE, 'caf\u00e9 \u2603', 'x', '\\x00ff'",
                    "2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL");
            case SQLITE -> List.of("1, -9223372036854775808, 12.5, -1.5E-300, '2024-02-29', 'caf\u00e9 \u2603', 'x', X'00FF'",
                    "2, NULL, NULL, NULL, NULL, NULL, NULL, NULL");
        };
    }

    private static void create(Sandbox s, List<String> rows) throws Exception {
        s.execute("CREATE TABLE " + s.table(TABLE) + " (" + ddl(s.database()) + ")");
        for (String row : rows) {
            s.execute("INSERT INTO " + s.table(TABLE) + " VALUES (" + row + ")");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDialectsReadingEqualsTheDriversValueByValue(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            create(s, rows(db));
            List<String> own = compare(s.connection(), s.table(TABLE), rows(db).size());
            if (db == TestDatabase.MYSQL) {
                assertEquals(MYSQL_OWN, Set.copyOf(own), "the columns MySQL reads from the text itself");
            }
        }
    }

    /** Server-side prepared statements send binary rows: the dialect leaves them to the driver. */
    @Test
    void mysqlBinaryRowsStayWithTheDriver() throws Exception {
        TestDatabase db = TestDatabase.MYSQL;
        db.assumeReachable();
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            create(s, rows(db));
            ActiveConnection binary = v.manager().connect(db.settings("binary-rows", dir).toBuilder()
                    .property("useServerPrepStmts", "true").build(), db.password(), Monitor.create());
            try {
                assertEquals(List.of(), compare(binary, s.table(TABLE), rows(db).size()));
            } finally {
                v.manager().disconnect(binary.name());
            }
        }
    }

    /**
     * Reads the table with both readings, asserts every value equal, and returns the columns the dialect
     * reads with a reader of its own.
     */
    private static List<String> compare(ActiveConnection connection, String table, int expectedRows) throws Exception {
        return connection.withSession(Monitor.create(), "Comparing readings", true, session -> {
            List<String> own = new ArrayList<>();
            try (PreparedStatement ps = session.prepare("SELECT * FROM " + table + " ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<ResultColumn> columns = ValueReader.columns(meta);
                ColumnReader[] dialect = new ColumnReader[columns.size()];
                ColumnReader[] standard = new ColumnReader[columns.size()];
                for (int i = 0; i < dialect.length; i++) {
                    standard[i] = ValueReader.standard(columns.get(i));
                    dialect[i] = connection.dialect().values().reader(rs, meta, i + 1, columns.get(i), standard[i]);
                    if (dialect[i] != standard[i]) {
                        own.add(columns.get(i).label());
                    }
                }
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    for (int i = 0; i < dialect.length; i++) {
                        Object expected = read(standard[i], rs, i + 1);
                        Object actual = read(dialect[i], rs, i + 1);
                        String where = "row " + rows + ", column " + columns.get(i).label() + " ("
                                + columns.get(i).typeName() + ")";
                        if (expected instanceof String e && e.startsWith("failed: ") && dialect[i] != standard[i]) {
                            // Where the driver refuses a value, the dialect shows the server's text.
                            assertEquals(new String(rs.getBytes(i + 1), StandardCharsets.ISO_8859_1), actual, where);
                        } else if (expected instanceof byte[] e && actual instanceof byte[] a) {
                            assertTrue(Arrays.equals(e, a), where);
                        } else {
                            assertEquals(expected, actual, where);
                            assertEquals(expected == null ? null : expected.getClass(),
                                    actual == null ? null : actual.getClass(), where);
                        }
                    }
                }
                assertEquals(expectedRows, rows);
            }
            return own;
        });
    }

    /** A value, or the message of the exception that reading it threw: both readings must agree on either. */
    private static Object read(ColumnReader reader, ResultSet rs, int index) {
        try {
            return reader.read(rs, index);
        } catch (Exception e) {
            return "failed: " + e.getMessage();
        }
    }

    /** The parsed values themselves, so that a reading that agrees with a wrong driver still fails here. */
    @Test
    void mysqlTextValuesAreTheServersValues() throws Exception {
        TestDatabase db = TestDatabase.MYSQL;
        db.assumeReachable();
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            create(s, rows(db).subList(0, 1));
            Object[] row = s.connection().withSession(Monitor.create(), "Reading", true, session -> {
                try (PreparedStatement ps = session.prepare("SELECT * FROM " + s.table(TABLE));
                        ResultSet rs = ps.executeQuery()) {
                    ColumnReader[] readers = ValueReader.readers(rs, ValueReader.columns(rs.getMetaData()),
                            s.connection().dialect().values());
                    assertTrue(rs.next());
                    return ValueReader.row(rs, readers);
                }
            });
            assertEquals(-128, row[1]);
            assertEquals(-9223372036854775808L, row[6]);
            assertEquals(new BigDecimal("-1234567890123456.1234"), row[8]);
            assertEquals(-1.2345678901234567E-300, row[9]);
            assertEquals(LocalDate.of(1000, 1, 1), row[11]);
            assertEquals(LocalDateTime.of(2024, 2, 29, 23, 59, 59, 123_456_000), row[12]);
            assertEquals("-838:59:59", row[14], "a TIME beyond a day, which JDBC refuses, as its text");
            assertEquals(Boolean.TRUE, row[16], "tinyint(1) -1 is true");
            assertEquals(Boolean.TRUE, row[17]);
            assertEquals("\u00e9\u20ac", row[19]);
            assertEquals("caf\u00e9 \u2603 \"q\"", row[20]);
            assertEquals("caf\u00e9", row[21]);
            assertEquals("line\nbreak, comma", row[22]);
            assertEquals("{\"a\": [1, 2.5, null]}", row[23]);
        }
    }
}
