package velocity.core.operations;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.history.HistoryEntry;
import velocity.core.history.HistoryFilter;
import velocity.core.history.QueryHistory;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchIndex;

/**
 * Fills the favorites' and the history's parts of a {@link SearchIndex} from their stores, each replaced
 * whole. The history is indexed from its newest statements, each text once: the same query run a hundred
 * times is one entry, the latest, so that results stay readable.
 */
public final class IndexSavedQueriesOperation implements VelocityOperation<Integer> {

    /** The source key of the favorites' entries. */
    public static final String FAVORITES_SOURCE = "favorites";

    /** The source key of the history's entries. */
    public static final String HISTORY_SOURCE = "history";

    /** How many of the newest history entries are read; older statements are found in the History view. */
    public static final int HISTORY_LIMIT = 5_000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final FavoriteStore favorites;
    private final QueryHistory history;
    private final SearchIndex index;

    public IndexSavedQueriesOperation(FavoriteStore favorites, QueryHistory history, SearchIndex index) {
        this.favorites = favorites;
        this.history = history;
        this.index = index;
    }

    @Override
    public String label() {
        return "Indexing favorite queries and the query history";
    }

    @Override
    public Integer run(Monitor monitor) throws VelocityException {
        List<SearchEntry> saved = new ArrayList<>();
        for (Favorite favorite : favorites.read().favorites()) {
            saved.add(SearchEntry.favorite(connectionOf(favorite.connection()), favorite.name(), favorite.sql()));
        }
        monitor.checkCancelled(label());
        List<SearchEntry> recent = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (HistoryEntry entry : history.find(HistoryFilter.all().withLimit(HISTORY_LIMIT))) {
            if (seen.add(entry.connection() + '\n' + entry.sql().strip())) {
                String outcome = entry.succeeded() ? "" : ", failed";
                recent.add(SearchEntry.history(entry.connection(), entry.sql(),
                        "run " + WHEN.format(entry.time()) + outcome));
            }
        }
        monitor.checkCancelled(label());
        index.replace(FAVORITES_SOURCE, saved);
        index.replace(HISTORY_SOURCE, recent);
        return saved.size() + recent.size();
    }

    /** A favorite saved without a connection opens an editor that asks for one. */
    private static String connectionOf(String connection) {
        return connection == null ? "" : connection;
    }
}
