package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.edit.ColumnValues;
import velocity.core.edit.EditableTable;
import velocity.core.edit.ParsedValue;
import velocity.core.metadata.ColumnInfo;
import velocity.core.operations.InsertRowOperation;
import velocity.tests.support.TestDatabase;

class ColumnValuesTest {

    @TempDir
    Path dir;

    static ColumnInfo column(String type, int jdbcType, int length, int precision, int scale, boolean nullable) {
        return new ColumnInfo("c", 1, type, jdbcType, length, precision, scale, nullable, null, false, false, null);
    }

    static ParsedValue parse(String type, int jdbcType, String text) {
        return ColumnValues.parse(column(type, jdbcType, -1, -1, -1, true), text);
    }

    static String refusal(ParsedValue v) {
        assertFalse(v.valid(), "refused: " + v.value());
        return v.refusal();
    }

    @Test
    void convertsTextByTheColumnType() {
        assertEquals(42, parse("integer", Types.INTEGER, " 42 ").value());
        assertEquals(9_000_000_000L, parse("bigint", Types.BIGINT, "9000000000").value());
        assertEquals(new BigDecimal("12.50"), parse("numeric(10,2)", Types.NUMERIC, "12.50").value());
        assertEquals(2.5e10, parse("double precision", Types.DOUBLE, "2.5e10").value());
        assertEquals(Boolean.TRUE, parse("boolean", Types.BOOLEAN, "yes").value());
        assertEquals(Boolean.FALSE, parse("tinyint(1)", Types.BOOLEAN, "0").value());
        assertEquals(LocalDate.of(2024, 1, 31), parse("date", Types.DATE, "2024-01-31").value());
        assertEquals(LocalTime.of(13, 45, 30), parse("time", Types.TIME, "13:45:30").value());
        assertEquals(LocalDateTime.of(2024, 1, 31, 13, 45, 0, 123_000_000),
                parse("timestamp", Types.TIMESTAMP, "2024-01-31 13:45:00.123").value());
        assertEquals(LocalDateTime.of(2024, 1, 31, 13, 45), parse("datetime", Types.TIMESTAMP, "2024-01-31T13:45").value());
        assertEquals(OffsetDateTime.parse("2024-01-31T13:45:00+02:00"),
                parse("timestamp with time zone", Types.TIMESTAMP_WITH_TIMEZONE, "2024-01-31 13:45:00+02:00").value());
        assertEquals("{\"a\": [1, 2]}", parse("jsonb", Types.OTHER, "{\"a\": [1, 2]}").value());
        assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                parse("uuid", Types.OTHER, "123E4567-E89B-12D3-A456-426614174000").value());
        assertArrayEquals(new byte[] {(byte) 0xCA, (byte) 0xFE}, (byte[]) parse("bytea", Types.BINARY, "0xCAFE").value());
        assertEquals(" spaced ", parse("text", Types.VARCHAR, " spaced ").value(), "text is kept as typed");
        assertEquals("NULL", parse("text", Types.VARCHAR, "NULL").value(), "the word NULL is text");
        assertTrue(parse("text", Types.VARCHAR, ColumnValues.NULL_MARKER).valid());
        assertNull(parse("integer", Types.INTEGER, null).value());
    }

    @Test
    void refusesTextThatDoesNotFitWithTheReason() {
        assertEquals("'4x' is not a whole number, as column c (integer) needs.", refusal(parse("integer", Types.INTEGER, "4x")));
        assertEquals("40000 is out of the range of column c (smallint): -32768 to 32767.",
                refusal(parse("smallint", Types.SMALLINT, "40000")));
        assertTrue(refusal(parse("int(10) unsigned", Types.INTEGER, "-1")).contains("0 to 4294967295"));
        assertTrue(refusal(parse("integer", Types.INTEGER, "1.5")).contains("not a whole number"));
        assertEquals("123456 is too large for column c (numeric(6,2)): at most 4 digits before the decimal point.",
                refusal(ColumnValues.parse(column("numeric(6,2)", Types.NUMERIC, -1, 6, 2, true), "123456")));
        assertTrue(refusal(parse("real", Types.REAL, "NaN")).contains("finite"));
        assertTrue(refusal(parse("boolean", Types.BOOLEAN, "maybe")).contains("write true or false"));
        assertEquals("'31/01/2024' is not a date for column c: write it as 2024-01-31.",
                refusal(parse("date", Types.DATE, "31/01/2024")));
        assertTrue(refusal(parse("timestamp", Types.TIMESTAMP, "2024-01-31 25:00")).contains("2024-01-31 13:45:00"));
        assertTrue(refusal(parse("json", Types.OTHER, "{a: 1}")).startsWith("Not valid JSON"));
        assertTrue(refusal(parse("json", Types.OTHER, "[1] [2]")).startsWith("Not valid JSON"));
        assertTrue(refusal(parse("uuid", Types.OTHER, "1234")).contains("not a UUID"));
        assertTrue(refusal(parse("blob", Types.BLOB, "cafe")).contains("0x"));
        assertEquals("The text is 6 characters long; column c (varchar(5)) holds at most 5.",
                refusal(ColumnValues.parse(column("varchar(5)", Types.VARCHAR, 5, -1, -1, true), "abcdef")));
        assertEquals("Column c does not allow NULL.",
                refusal(ColumnValues.parse(column("integer", Types.INTEGER, -1, -1, -1, false), null)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void convertedValuesAreStoredAsTheirType(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            String json = db == TestDatabase.POSTGRESQL ? "JSONB" : db == TestDatabase.MYSQL ? "JSON" : "JSON";
            String bool = db == TestDatabase.MYSQL ? "BOOLEAN" : "BOOLEAN";
            s.execute("CREATE TABLE " + s.table("typed") + " (id INT NOT NULL PRIMARY KEY, i BIGINT, d DECIMAL(10,2), "
                    + "f DOUBLE PRECISION, b " + bool + ", dt DATE, tm TIME, ts TIMESTAMP" + (db == TestDatabase.MYSQL ? " NULL" : "")
                    + ", j " + json + ", t VARCHAR(5)" + (db == TestDatabase.POSTGRESQL ? ", u UUID" : "") + ")");
            EditableTable t = EditingTest.table(s, "typed");
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("id", "1");
            texts.put("i", "-9000000000");
            texts.put("d", "12.5");
            texts.put("f", "0.25");
            texts.put("b", "true");
            texts.put("dt", "2024-01-31");
            texts.put("tm", "13:45:30");
            texts.put("ts", "2024-01-31 13:45:00");
            texts.put("j", "{\"k\": [1, true]}");
            texts.put("t", "O'Hé");
            if (db == TestDatabase.POSTGRESQL) {
                texts.put("u", "123e4567-e89b-12d3-a456-426614174000");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : texts.entrySet()) {
                ParsedValue parsed = t.parse(e.getKey(), e.getValue());
                assertTrue(parsed.valid(), e.getKey() + ": " + parsed.refusal());
                values.put(e.getKey(), parsed.value());
            }
            new InsertRowOperation(s.connection(), t, values).run(Monitor.create());
            Object[] row = Queries.rows(s.connection(), "SELECT * FROM " + s.table("typed")).get(0);
            assertEquals(-9_000_000_000L, ((Number) row[1]).longValue());
            assertEquals(12.5, ((Number) row[2]).doubleValue());
            assertEquals(0.25, ((Number) row[3]).doubleValue());
            assertTrue(row[4] instanceof Boolean b ? b : ((Number) row[4]).intValue() == 1, "boolean " + row[4]);
            assertEquals("2024-01-31", row[5].toString());
            assertEquals("13:45:30", row[6].toString());
            assertTrue(row[7].toString().replace('T', ' ').startsWith("2024-01-31 13:45"), row[7].toString());
            assertTrue(row[8].toString().replace(" ", "").equals("{\"k\":[1,true]}"), row[8].toString());
            assertEquals("O'Hé", row[9]);
            if (db == TestDatabase.POSTGRESQL) {
                assertEquals("123e4567-e89b-12d3-a456-426614174000", row[10].toString());
            }
        }
    }
}
