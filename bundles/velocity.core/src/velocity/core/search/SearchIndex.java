package velocity.core.search;

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

    private final Map<String, Snapshot> sources = new LinkedHashMap<>();
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
        // Only the new source's names are prepared; the others' are copied as they are.
        Snapshot prepared = new Snapshot(List.copyOf(entries));
        synchronized (sources) {
            if (prepared.entries.length == 0) {
                sources.remove(source);
            } else {
                sources.put(source, prepared);
            }
            snapshot = Snapshot.join(sources.values());
        }
    }

    /** Removes every entry of a source. */
    public void remove(String source) {
        replace(source, List.of());
    }

    /** The entries of one source, empty when it has none. */
    public List<SearchEntry> entries(String source) {
        Snapshot part;
        synchronized (sources) {
            part = sources.get(source);
        }
        return part == null ? List.of() : List.of(part.entries);
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

        private Snapshot(SearchEntry[] entries, char[][] names, long[] bounds, int[] bonus) {
            this.entries = entries;
            this.names = names;
            this.bounds = bounds;
            this.bonus = bonus;
        }

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

        static Snapshot join(Collection<Snapshot> parts) {
            int total = parts.stream().mapToInt(p -> p.entries.length).sum();
            Snapshot all = new Snapshot(new SearchEntry[total], new char[total][], new long[total], new int[total]);
            int at = 0;
            for (Snapshot part : parts) {
                int n = part.entries.length;
                System.arraycopy(part.entries, 0, all.entries, at, n);
                System.arraycopy(part.names, 0, all.names, at, n);
                System.arraycopy(part.bounds, 0, all.bounds, at, n);
                System.arraycopy(part.bonus, 0, all.bonus, at, n);
                at += n;
            }
            return all;
        }
    }
}
