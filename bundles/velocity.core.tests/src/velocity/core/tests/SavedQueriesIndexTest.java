package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.Monitor;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.history.HistoryEntry;
import velocity.core.history.QueryHistory;
import velocity.core.operations.IndexSavedQueriesOperation;
import velocity.core.operations.SaveFavoriteQueryOperation;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchIndex;
import velocity.core.search.SearchKind;
import velocity.core.search.SearchResult;

/** Favorites and history entries reach Open Anything's index from their stores. */
class SavedQueriesIndexTest {

    @TempDir
    Path dir;

    @Test
    void favoritesAndTheNewestRunOfEachStatementAreFoundAndReplacedWhole() throws Exception {
        FavoriteStore favorites = new FavoriteStore(dir.resolve("favorites.json"));
        QueryHistory history = new QueryHistory(dir.resolve("history.jsonl"), QueryHistory.DEFAULT_MAX_BYTES, true);
        new SaveFavoriteQueryOperation(favorites, Favorite.of("Monthly revenue", "Reports", "pg",
                "SELECT sum(total) FROM orders GROUP BY 1"), false).run(Monitor.create());
        new SaveFavoriteQueryOperation(favorites, Favorite.of("Anywhere", null, null, "SELECT 1"), false)
                .run(Monitor.create());
        Instant t = Instant.parse("2026-11-24T10:00:00Z");
        history.record(HistoryEntry.succeeded("pg", t, 3, 1, false, "SELECT * FROM invoices_due"));
        history.record(HistoryEntry.failed("pg", t.plusSeconds(60), 3, "no such table", "SELECT * FROM invoices_due"));
        history.record(HistoryEntry.succeeded("maria", t.plusSeconds(120), 3, 1, false, "SELECT * FROM invoices_due"));

        SearchIndex index = new SearchIndex();
        int count = new IndexSavedQueriesOperation(favorites, history, index).run(Monitor.create());
        assertEquals(4, count, "two favorites and one entry per connection for the statement run three times");

        List<SearchEntry> revenue = names(index.search("monrev", 10, e -> true));
        assertEquals(SearchKind.FAVORITE, revenue.get(0).kind());
        assertEquals("Monthly revenue", revenue.get(0).name());
        assertEquals("pg", revenue.get(0).connection());
        assertEquals("SELECT sum(total) FROM orders GROUP BY 1", revenue.get(0).text());
        assertEquals("", names(index.search("anywhere", 10, e -> true)).get(0).connection());

        List<SearchEntry> invoices = names(index.search("invoices", 10, e -> e.kind() == SearchKind.HISTORY));
        assertEquals(List.of("maria", "pg"), invoices.stream().map(SearchEntry::connection).sorted().toList());
        SearchEntry pg = invoices.stream().filter(e -> e.connection().equals("pg")).findFirst().orElseThrow();
        assertEquals(true, pg.detail().endsWith(", failed"), "the newest run of it failed: " + pg.detail());

        history.clear();
        new IndexSavedQueriesOperation(favorites, history, index).run(Monitor.create());
        assertEquals(List.of(), index.search("invoices", 10, e -> true));
    }

    private static List<SearchEntry> names(List<SearchResult> results) {
        return results.stream().map(SearchResult::entry).toList();
    }
}
