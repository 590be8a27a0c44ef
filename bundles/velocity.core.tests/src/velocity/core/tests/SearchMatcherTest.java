package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import velocity.core.search.FuzzyMatcher;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchIndex;
import velocity.core.search.SearchKind;
import velocity.core.search.SearchResult;
import velocity.core.search.Searcher;

/** The fuzzy matcher's order and the index's incremental search, without a database. */
class SearchMatcherTest {

    @Test
    void exactBeatsPrefixBeatsWordBoundaryBeatsInsideAWordBeatsScattered() {
        SearchIndex index = index("overdue_reminder", "reorder_log", "customer_orders", "orders", "order", "invoices");
        assertEquals(List.of("order", "orders", "customer_orders", "reorder_log", "overdue_reminder"),
                names(index.search("order", 10, e -> true)));
    }

    @Test
    void lettersStartingWordsBeatARunInsideAWord() {
        SearchIndex index = index("accounts", "customer_orders", "comments", "coin", "OrderItems");
        assertEquals(List.of("coin", "comments", "customer_orders", "accounts"), names(index.search("co", 10, e -> true)));
        assertEquals(List.of("OrderItems", "coin"), names(index.search("oi", 10, e -> true)));
        assertEquals(List.of("customer_orders"), names(index.search("cuor", 10, e -> true)));
    }

    @Test
    void caseDoesNotMatterAndSpacesAreIgnored() {
        SearchIndex index = index("Customer_Orders", "payments");
        assertEquals(List.of("Customer_Orders"), names(index.search("CUSTOMER orders", 10, e -> true)));
        assertEquals(List.of("Customer_Orders"), names(index.search("custord", 10, e -> true)));
    }

    @Test
    void aQueryThatIsNoSubsequenceFindsNothing() {
        SearchIndex index = index("customer_orders", "payments");
        assertEquals(List.of(), index.search("xyz", 10, e -> true));
        assertEquals(List.of(), index.search("ordersx", 10, e -> true));
        assertEquals(List.of(), index.search("   ", 10, e -> true));
        assertEquals(FuzzyMatcher.NO_MATCH, matcher("sc").score("customers"));
    }

    @Test
    void returnsTheTopNAndShorterNamesFirstAmongEquals() {
        SearchIndex index = index("orders_archive_2020", "orders_archive", "orders", "order_items", "orderly");
        assertEquals(List.of("orders", "orders_archive"), names(index.search("orders", 2, e -> true)));
        assertEquals(5, index.search("ord", 50, e -> true).size());
    }

    @Test
    void highlightsTheMatchedCharacters() {
        SearchResult result = index("customer_orders").search("cuor", 1, e -> true).get(0);
        assertArrayEquals(new int[] { 0, 1, 9, 10 }, result.positions());
        FuzzyMatcher m = matcher("oi");
        int coin = m.score("coin");
        assertTrue(m.score("OrderItems") > coin);
        assertArrayEquals(new int[] { 0, 5 }, m.positions());
    }

    @Test
    void typingNarrowsTheSameAsSearchingAfresh() {
        List<SearchEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            entries.add(entry("table_" + i + (i % 3 == 0 ? "_orders" : "_items")));
        }
        SearchIndex index = new SearchIndex();
        index.replace("test", entries);
        Searcher searcher = index.searcher();
        for (String query : List.of("t", "ta", "tab", "tab1", "tab1o", "tab1", "ta", "t1_it", "t1_ite")) {
            assertEquals(names(index.search(query, 40, e -> true)), names(searcher.search(query, 40, e -> true)), query);
        }
    }

    @Test
    void aReplacedSourceIsSeenByTheNextKeystrokeAndFiltersApply() {
        SearchIndex index = index("orders");
        Searcher searcher = index.searcher();
        assertEquals(List.of("orders"), names(searcher.search("ord", 10, e -> true)));
        index.replace("favorites", List.of(SearchEntry.favorite("c1", "orders by day", "select 1")));
        assertEquals(List.of("orders", "orders by day"), names(searcher.search("orde", 10, e -> true)));
        assertEquals(List.of("orders by day"),
                names(searcher.search("order", 10, e -> e.kind() == SearchKind.FAVORITE)));
        index.remove("favorites");
        assertEquals(List.of("orders"), names(searcher.search("orders", 10, e -> true)));
        assertEquals(1, index.size());
    }

    private static FuzzyMatcher matcher(String query) {
        FuzzyMatcher m = new FuzzyMatcher();
        m.query(query);
        return m;
    }

    private static SearchIndex index(String... names) {
        SearchIndex index = new SearchIndex();
        index.replace("test", List.of(names).stream().map(SearchMatcherTest::entry).toList());
        return index;
    }

    private static SearchEntry entry(String name) {
        return new SearchEntry(SearchKind.TABLE, "c1", "public", name, null, null, null, null);
    }

    private static List<String> names(List<SearchResult> results) {
        return results.stream().map(r -> r.entry().name()).toList();
    }
}
