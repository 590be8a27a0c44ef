package velocity.core.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The objects Open Anything finds, grouped by source: the catalog of each connection
 * ({@link #catalogSource(String)}), and any other source a plug-in feeds (favorites, history). A source is
 * always replaced as a whole, so a refresh never leaves half of an old catalog behind. Thread-safe: sources
 * are replaced from background jobs while {@link Searcher}s read a consistent snapshot.
 */
public final class SearchIndex {

    private final Map<String, List<SearchEntry>> sources = new LinkedHashMap<>();
    private volatile Snapshot snapshot = new Snapshot(List.of());

    /** The source key of a connection's catalog objects. */
    public static String catalogSource(String connectionName) {
        return "catalog:" + connectionName;
    }

    /**
     * Puts in every entry of one source, dropping the ones it had before.
     *
     * @param source a key naming the source, e.g. {@link #catalogSource(String)} or {@code favorites}
     * @param entries its entries; an empty collection removes the source
     */
    public void replace(String source, Collection<SearchEntry> entries) {
        List<SearchEntry> copy = List.copyOf(entries);
        synchronized (sources) {
            if (copy.isEmpty()) {
                sources.remove(source);
            } else {
                sources.put(source, copy);
            }
            List<SearchEntry> all = new ArrayList<>();
            sources.values().forEach(all::addAll);
            snapshot = new Snapshot(all);
        }
    }

    /** Removes every entry of a source. */
    public void remove(String source) {
        replace(source, List.of());
    }

    /** The entries of one source, empty when it has none. */
    public List<SearchEntry> entries(String source) {
        synchronized (sources) {
            return sources.getOrDefault(source, List.of());
        }
    }

    /** The number of entries of all sources. */
    public int size() {
        return snapshot.entries.length;
    }

    /** A searcher for one search box, which narrows its previous matches as the query grows. */
    public Searcher searcher() {
        return new Searcher(this);
    }

    /** One search with a fresh {@link Searcher}: for a single query, such as the command line's. */
    public List<SearchResult> search(String query, int limit, Predicate<SearchEntry> filter) {
        return searcher().search(query, limit, filter);
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** The entries as arrays prepared for matching: lower-cased names and word boundaries, computed once. */
    static final class Snapshot {
        final SearchEntry[] entries;
        final char[][] names;
        final long[] bounds;
        final int[] bonus;

        Snapshot(List<SearchEntry> all) {
            entries = all.toArray(SearchEntry[]::new);
            names = new char[entries.length][];
            bounds = new long[entries.length];
            bonus = new int[entries.length];
            for (int i = 0; i < entries.length; i++) {
                names[i] = FuzzyMatcher.lower(entries[i].name());
                bounds[i] = FuzzyMatcher.boundaries(entries[i].name());
                bonus[i] = entries[i].kind().rankBonus();
            }
        }
    }
}
