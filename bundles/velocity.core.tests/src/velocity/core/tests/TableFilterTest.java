package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static velocity.core.tests.FilterFixture.NAME;
import static velocity.core.tests.FilterFixture.QUOTE;
import static velocity.core.tests.FilterFixture.all;
import static velocity.core.tests.FilterFixture.expected;
import static velocity.core.tests.FilterFixture.ids;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ErrorKind;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.query.FilterCondition;
import velocity.core.query.FilterOperator;
import velocity.core.query.TableFilter;
import velocity.core.query.TablePage;
import velocity.core.tests.FilterFixture.Row;
import velocity.tests.support.TestDatabase;

class TableFilterTest {

    @TempDir
    Path dir;

    private static TableFilter where(FilterCondition... conditions) {
        return new TableFilter(List.of(conditions), null, List.of());
    }

    private static TableFilter raw(String expression) {
        return new TableFilter(List.of(), expression, List.of());
    }

    private static void check(Sandbox s, TableFilter filter, Predicate<Row> expected) throws VelocityException {
        TablePage page = all(s, filter);
        List<Integer> want = expected(expected);
        assertEquals(want, ids(page), filter.toString());
        assertEquals(want.size(), page.exactCount(), "the count respects " + filter);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyOperatorWithTextValuesConvertedToTheColumnsType(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.EQUALS, "3")), r -> eq(r.quote(), 3));
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.NOT_EQUALS, "3")),
                    r -> r.quote() != null && r.quote() != 3);
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.LESS, "2")), r -> r.quote() != null && r.quote() < 2);
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.LESS_OR_EQUAL, "2")),
                    r -> r.quote() != null && r.quote() <= 2);
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.GREATER, "5")), r -> r.quote() != null && r.quote() > 5);
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.GREATER_OR_EQUAL, "5")),
                    r -> r.quote() != null && r.quote() >= 5);
            check(s, where(FilterCondition.of(NAME, FilterOperator.LIKE, "name 1%")),
                    r -> r.name() != null && r.name().startsWith("name 1"));
            check(s, where(FilterCondition.of(NAME, FilterOperator.NOT_LIKE, "name%")),
                    r -> r.name() != null && !r.name().startsWith("name"));
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.IN, "1", "2", "6")),
                    r -> r.quote() != null && List.of(1, 2, 6).contains(r.quote()));
            check(s, where(FilterCondition.of("amount", FilterOperator.BETWEEN, "3", "9.0")),
                    r -> r.amount().compareTo(new BigDecimal("3")) >= 0 && r.amount().compareTo(new BigDecimal("9")) <= 0);
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.IS_NULL)), r -> r.quote() == null);
            check(s, where(FilterCondition.of(QUOTE, FilterOperator.IS_NOT_NULL)), r -> r.quote() != null);
            check(s, where(FilterCondition.of("born", FilterOperator.GREATER_OR_EQUAL, "2026-02-01")),
                    r -> !r.born().isBefore(LocalDate.of(2026, 2, 1)));
            check(s, where(FilterCondition.of("amount", FilterOperator.EQUALS, new BigDecimal("4.50"))),
                    r -> r.id() == 3);
            // LIKE on a number: PostgreSQL has no LIKE on integers, so the column is compared as text.
            check(s, where(FilterCondition.of("id", FilterOperator.LIKE, "1_")), r -> r.id() >= 10 && r.id() <= 19);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void conditionsCombineWithAndAndWithTheRawExpression(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            check(s, where(FilterCondition.of("grp", FilterOperator.EQUALS, "1"),
                    FilterCondition.of(QUOTE, FilterOperator.IS_NOT_NULL),
                    FilterCondition.of("amount", FilterOperator.LESS, "60")),
                    r -> r.grp() == 1 && r.quote() != null && r.amount().compareTo(BigDecimal.valueOf(60)) < 0);
            check(s, raw("id > 50 OR " + s.quote(NAME) + " = 'a_b'"), r -> r.id() > 50 || r.id() == 3);
            // The raw expression is parenthesised: its OR cannot escape the conditions' AND.
            check(s, new TableFilter(List.of(FilterCondition.of("grp", FilterOperator.EQUALS, "2")),
                    "id > 50 OR id < 10", List.of()), r -> r.grp() == 2 && (r.id() > 50 || r.id() < 10));
            check(s, raw("id = 7 -- a trailing comment"), r -> r.id() == 7);
            check(s, raw(s.quote(NAME) + " = 'a;b' /* ; */"), r -> false);
            check(s, where(FilterCondition.of("mixed name", FilterOperator.EQUALS, "axb")), r -> r.id() == 4);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void likeWithWildcardsAndQuotes(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            check(s, where(FilterCondition.of(NAME, FilterOperator.LIKE, "O'%")), r -> r.id() == 1);
            check(s, where(FilterCondition.of(NAME, FilterOperator.EQUALS, "O'Brien")), r -> r.id() == 1);
            check(s, where(FilterCondition.of(NAME, FilterOperator.LIKE, "50%")), r -> r.id() == 2);
            check(s, where(FilterCondition.of(NAME, FilterOperator.LIKE, "a_b")), r -> r.id() == 3 || r.id() == 4);
            check(s, where(FilterCondition.of(NAME, FilterOperator.NOT_LIKE, "%'%")),
                    r -> r.name() != null && !r.name().contains("'"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void valuesThatLookLikeSqlAreBoundAndHarmless(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            check(s, where(FilterCondition.of(NAME, FilterOperator.EQUALS, FilterFixture.INJECTION)), r -> r.id() == 6);
            check(s, where(FilterCondition.of(NAME, FilterOperator.EQUALS, "' OR '1'='1")), r -> false);
            check(s, where(FilterCondition.of(NAME, FilterOperator.IN, "x') OR 1=1 --", "axb")), r -> r.id() == 4);
            check(s, where(FilterCondition.of(NAME, FilterOperator.LIKE, "%'; DELETE FROM t; --")), r -> false);
            assertEquals(FilterFixture.ROWS, all(s, TableFilter.NONE).exactCount(), "nothing was dropped or deleted");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRawExpressionWithASemicolonIsRefusedBeforeRunning(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            VelocityException e = assertThrows(VelocityException.class,
                    () -> all(s, raw("id = 1; DROP TABLE " + s.table(FilterFixture.TABLE))));
            assertEquals(ErrorKind.SYNTAX, e.kind());
            assertTrue(e.getMessage().contains("';'"), e.getMessage());
            assertEquals(6, e.position());
            VelocityException paren = assertThrows(VelocityException.class, () -> all(s, raw("id = 1) OR (1 = 1")));
            assertTrue(paren.getMessage().contains("parenthesis"), paren.getMessage());
            assertThrows(VelocityException.class, () -> all(s, raw("'it''s' = 'x'; SELECT 1")));
            assertThrows(VelocityException.class, () -> all(s, raw("'C:\\' = 'x'; SELECT 1")),
                    "a backslash before a quote is read both ways");
            VelocityException afterComment = assertThrows(VelocityException.class,
                    () -> all(s, raw("id = 1 -- note\r; SELECT 1")));
            assertTrue(afterComment.getMessage().contains("contains ';'"),
                    "a carriage return ends a -- comment, as it does for the server: " + afterComment.getMessage());
            VelocityException server = assertThrows(VelocityException.class, () -> all(s, raw("no_such_column = 1")));
            assertTrue(server.getMessage().contains("no_such_column"), server.getMessage());
            assertEquals(FilterFixture.ROWS, all(s, TableFilter.NONE).exactCount());
        }
    }

    /** PostgreSQL's dollar quotes hold text; elsewhere {@code $} belongs to names and a ';' after it is SQL. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dollarQuotesAreStringsOnlyWhereTheDialectHasThem(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            String nameIsNotText = s.quote(NAME) + " <> $tag$a; b) ($tag$ AND $$;$$ <> ''";
            if (db == TestDatabase.POSTGRESQL) {
                assertEquals(all(s, where(FilterCondition.of(NAME, FilterOperator.IS_NOT_NULL))).exactCount(),
                        all(s, raw(nameIsNotText)).exactCount());
                VelocityException after = assertThrows(VelocityException.class,
                        () -> all(s, raw("id = $1$ ; SELECT 1")), "$1 opens no string");
                assertTrue(after.getMessage().contains("';'"), after.getMessage());
            } else {
                VelocityException e = assertThrows(VelocityException.class, () -> all(s, raw(nameIsNotText)));
                assertEquals(ErrorKind.SYNTAX, e.kind());
                assertTrue(e.getMessage().contains("';'"), e.getMessage());
            }
            assertEquals(FilterFixture.ROWS, all(s, TableFilter.NONE).exactCount());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aValueThatDoesNotFitOrAnUnknownColumnIsNamed(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            VelocityException number = assertThrows(VelocityException.class,
                    () -> all(s, where(FilterCondition.of("id", FilterOperator.EQUALS, "abc"))));
            assertTrue(number.getMessage().contains("'abc'") && number.getMessage().contains("column 'id'"),
                    number.getMessage());
            VelocityException between = assertThrows(VelocityException.class,
                    () -> all(s, where(FilterCondition.of("amount", FilterOperator.BETWEEN, "1", "lots"))));
            assertTrue(between.getMessage().contains("column 'amount'"), between.getMessage());
            VelocityException unknown = assertThrows(VelocityException.class,
                    () -> all(s, where(FilterCondition.of("nope", FilterOperator.IS_NULL))));
            assertEquals(ErrorKind.UNKNOWN_OBJECT, unknown.kind());
            assertTrue(unknown.getMessage().contains("'nope'") && unknown.getMessage().contains(NAME),
                    unknown.getMessage());
            if (db != TestDatabase.SQLITE) {
                VelocityException date = assertThrows(VelocityException.class,
                        () -> all(s, where(FilterCondition.of("born", FilterOperator.LESS, "yesterday"))));
                assertTrue(date.getMessage().contains("column 'born'"), date.getMessage());
            }
            assertThrows(IllegalArgumentException.class, () -> FilterCondition.of("id", FilterOperator.BETWEEN, "1"));
        }
    }

    private static boolean eq(Integer a, int b) {
        return a != null && a == b;
    }
}
