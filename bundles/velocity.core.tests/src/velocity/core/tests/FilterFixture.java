package velocity.core.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.core.operations.GetTableRowsOperation;
import velocity.core.query.TableFilter;
import velocity.core.query.TablePage;
import velocity.core.query.TablePageRequest;

/**
 * A table of 60 rows with awkward names for the filter tests: a column with a space and capitals, one with a
 * double quote in its name, text with quotes, % and _, NULLs, decimals and dates. The same rows are kept here
 * as Java values, so that every expected answer is computed independently of the database.
 */
final class FilterFixture {

    static final String TABLE = "Filtered Rows";
    static final String NAME = "Mixed Name";
    static final String QUOTE = "qu\"ote";
    static final int ROWS = 60;
    static final String INJECTION = "Robert'); DROP TABLE x;--";

    record Row(int id, String name, Integer quote, BigDecimal amount, LocalDate born, int grp) {
    }

    static final List<Row> DATA = data();

    private FilterFixture() {
    }

    private static List<Row> data() {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            String name = switch (i) {
                case 1 -> "O'Brien";
                case 2 -> "50% off";
                case 3 -> "a_b";
                case 4 -> "axb";
                case 5 -> null;
                case 6 -> INJECTION;
                default -> "name " + i;
            };
            rows.add(new Row(i, name, i % 5 == 0 ? null : i % 7, BigDecimal.valueOf(i * 15L, 1),
                    LocalDate.of(2026, 1, 1).plusDays(i), i % 4));
        }
        return rows;
    }

    static void create(Sandbox s) throws VelocityException {
        s.execute("CREATE TABLE " + s.table(TABLE) + " (id INT NOT NULL PRIMARY KEY, " + s.quote(NAME) + " VARCHAR(40), "
                + s.quote(QUOTE) + " INT, amount DECIMAL(10,2) NOT NULL, born DATE, grp INT NOT NULL)");
        StringBuilder insert = new StringBuilder("INSERT INTO " + s.table(TABLE) + " VALUES ");
        for (Row r : DATA) {
            insert.append('(').append(r.id()).append(", ")
                    .append(r.name() == null ? "NULL" : "'" + r.name().replace("'", "''") + "'").append(", ")
                    .append(r.quote()).append(", ").append(r.amount()).append(", '").append(r.born()).append("', ")
                    .append(r.grp()).append(')').append(r.id() < ROWS ? ", " : "");
        }
        s.execute(insert.toString());
    }

    static TablePage page(Sandbox s, TableFilter filter, int pageSize, long page, List<Object> after, boolean count)
            throws VelocityException {
        return new GetTableRowsOperation(s.connection(),
                new TablePageRequest(new TableRef(s.schema(), TABLE), pageSize, page, after, count, filter))
                .run(Monitor.create());
    }

    /** Every row the filter keeps, on one page, counted. */
    static TablePage all(Sandbox s, TableFilter filter) throws VelocityException {
        return page(s, filter, 1000, 0, null, true);
    }

    static List<Integer> ids(TablePage page) {
        int column = 0;
        while (!page.columns().get(column).label().equalsIgnoreCase("id")) {
            column++;
        }
        int c = column;
        return page.rows().stream().map(r -> ((Number) r[c]).intValue()).toList();
    }

    /** The ids of the rows meeting {@code test}, in id order. */
    static List<Integer> expected(Predicate<Row> test) {
        return DATA.stream().filter(test).map(Row::id).toList();
    }

    /** The ids of the rows meeting {@code test}, in {@code order} then id order. */
    static List<Integer> expected(Predicate<Row> test, Comparator<Row> order) {
        return DATA.stream().filter(test).sorted(order.thenComparing(Row::id)).map(Row::id).toList();
    }
}
