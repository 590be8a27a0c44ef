package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static velocity.core.tests.FilterFixture.QUOTE;
import static velocity.core.tests.FilterFixture.expected;
import static velocity.core.tests.FilterFixture.ids;
import static velocity.core.tests.FilterFixture.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.Velocity;
import velocity.core.query.FilterCondition;
import velocity.core.query.FilterOperator;
import velocity.core.query.SortKey;
import velocity.core.query.TableFilter;
import velocity.core.query.TablePage;
import velocity.core.tests.FilterFixture.Row;
import velocity.tests.support.TestDatabase;

class TableSortTest {

    private static final int PAGE = 7;

    @TempDir
    Path dir;

    /**
     * Pages forward by keyset as the Data tab does, keeping where every page started, then back over the
     * same starts; both ways must give the same pages, and together the expected rows.
     */
    private static List<Integer> pageForwardAndBack(Sandbox s, TableFilter filter, boolean keyset) throws Exception {
        List<List<Object>> starts = new ArrayList<>();
        List<List<Integer>> pages = new ArrayList<>();
        List<Object> after = null;
        TablePage p;
        do {
            p = page(s, filter, PAGE, pages.size(), after, pages.isEmpty());
            if (pages.isEmpty()) {
                assertEquals(keyset, !p.seekColumns().isEmpty(), "keyset paging for " + filter);
            }
            starts.add(after);
            pages.add(ids(p));
            after = p.lastKey();
            if (keyset && p.hasMore()) {
                assertNotNull(after);
            } else if (!keyset) {
                assertNull(after, "an order that cannot seek pages by number");
            }
        } while (p.hasMore());
        for (int i = pages.size() - 1; i >= 0; i--) {
            assertEquals(pages.get(i), ids(page(s, filter, PAGE, i, starts.get(i), false)), "page " + i + " again");
        }
        List<Integer> all = new ArrayList<>();
        pages.forEach(all::addAll);
        return all;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sortsAscendingAndDescendingAndSeeksAcrossPages(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            FilterCondition notGroup0 = FilterCondition.of("grp", FilterOperator.NOT_EQUALS, "0");
            TableFilter amountDesc = new TableFilter(List.of(notGroup0), null, List.of(SortKey.desc("amount")));
            assertEquals(expected(r -> r.grp() != 0, Comparator.comparing(Row::amount).reversed()),
                    pageForwardAndBack(s, amountDesc, true));

            TableFilter idDesc = new TableFilter(List.of(), null, List.of(SortKey.desc("id")));
            assertEquals(expected(r -> true, Comparator.comparing(Row::id).reversed()), pageForwardAndBack(s, idDesc, true));

            // Mixed directions seek with an OR of prefixes instead of a row comparison.
            TableFilter mixed = new TableFilter(List.of(notGroup0), null, List.of(SortKey.asc("grp"), SortKey.desc("amount")));
            assertEquals(expected(r -> r.grp() != 0,
                    Comparator.comparingInt(Row::grp).thenComparing(Comparator.comparing(Row::amount).reversed())),
                    pageForwardAndBack(s, mixed, true));

            TableFilter count = new TableFilter(List.of(notGroup0), null, List.of(SortKey.asc("grp")));
            assertEquals(expected(r -> r.grp() != 0).size(), page(s, count, PAGE, 0, null, true).exactCount());
            assertEquals(expected(r -> r.grp() != 0).size(), page(s, count, PAGE, 3, null, true).exactCount(),
                    "the count is the filter's on every page");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSortOnANullableColumnPagesByOffset(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            FilterFixture.create(s);
            TableFilter byQuote = new TableFilter(List.of(FilterCondition.of("grp", FilterOperator.IN, "1", "2")),
                    null, List.of(SortKey.asc(QUOTE)));
            List<Integer> all = pageForwardAndBack(s, byQuote, false);
            List<Integer> want = expected(r -> r.grp() == 1 || r.grp() == 2);
            assertEquals(want.size(), all.size());
            assertEquals(new HashSet<>(want), new HashSet<>(all), "every row once");
            // Where NULLs sort differs between databases; the rows with a value are in order wherever they are.
            List<Integer> withValue = all.stream().filter(id -> FilterFixture.DATA.get(id - 1).quote() != null).toList();
            assertEquals(expected(r -> (r.grp() == 1 || r.grp() == 2) && r.quote() != null,
                    Comparator.comparing(Row::quote)), withValue);
            assertFalse(all.isEmpty());
            assertTrue(page(s, byQuote, PAGE, 0, null, false).keyColumns().contains("id"));
        }
    }
}
