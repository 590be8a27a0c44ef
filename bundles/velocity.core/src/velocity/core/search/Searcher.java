package velocity.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Searches a {@link SearchIndex} keystroke by keystroke. When a query extends the previous one, only the
 * names the previous one matched are scored again, so typing narrows quickly; the buffers are allocated once
 * per index snapshot, and a search allocates only its results. Not thread-safe: one per search box.
 */
public final class Searcher {

    private final SearchIndex index;
    private final FuzzyMatcher matcher = new FuzzyMatcher();
    private SearchIndex.Snapshot snapshot;
    private String previous;
    private int[] candidates = new int[0];
    private int candidateCount;
    private int[] next = new int[0];
    private int[] topIndex = new int[0];
    private int[] topScore = new int[0];

    Searcher(SearchIndex index) {
        this.index = index;
    }

    /**
     * The best matches, best first.
     *
     * @param query what the user typed; white space is ignored, case does not matter
     * @param limit the most results to return
     * @param filter which entries may be returned, e.g. those of connected connections; it may change from
     *            one keystroke to the next, as the narrowing keeps every name that matched, returned or not
     * @return at most {@code limit} results; none for an empty query
     */
    public List<SearchResult> search(String query, int limit, Predicate<SearchEntry> filter) {
        String normalized = matcher.query(query);
        SearchIndex.Snapshot current = index.snapshot();
        if (current != snapshot) {
            snapshot = current;
            previous = null;
            candidates = new int[current.entries.length];
            next = new int[current.entries.length];
        }
        if (normalized.isEmpty() || limit <= 0) {
            previous = null;
            return List.of();
        }
        if (topIndex.length < limit) {
            topIndex = new int[limit];
            topScore = new int[limit];
        }
        // Every name that matches "abc" also matches "ab": a longer query only needs the previous matches.
        boolean narrow = previous != null && normalized.startsWith(previous);
        int total = narrow ? candidateCount : current.entries.length;
        int kept = 0;
        int found = 0;
        for (int k = 0; k < total; k++) {
            int i = narrow ? candidates[k] : k;
            int score = matcher.score(current.names[i], current.bounds[i]);
            if (score == FuzzyMatcher.NO_MATCH) {
                continue;
            }
            next[kept++] = i;
            int ranked = score + current.bonus[i];
            // The filter is asked only about what would make the list, which on a short query is a few entries.
            if ((found < limit || ranked > topScore[limit - 1]) && filter.test(current.entries[i])) {
                found = offer(i, ranked, found, limit);
            }
        }
        int[] swap = candidates;
        candidates = next;
        next = swap;
        candidateCount = kept;
        previous = normalized;
        List<SearchResult> results = new ArrayList<>(found);
        for (int r = 0; r < found; r++) {
            int i = topIndex[r];
            matcher.score(current.names[i], current.bounds[i]);
            results.add(new SearchResult(current.entries[i], topScore[r], matcher.positions()));
        }
        return results;
    }

    /** Inserts into the sorted top list; an equal score keeps the entry found first ahead. */
    private int offer(int index, int score, int found, int limit) {
        if (found == limit && score <= topScore[limit - 1]) {
            return found;
        }
        int at = found == limit ? limit - 1 : found;
        while (at > 0 && topScore[at - 1] < score) {
            topScore[at] = topScore[at - 1];
            topIndex[at] = topIndex[at - 1];
            at--;
        }
        topScore[at] = score;
        topIndex[at] = index;
        return found == limit ? found : found + 1;
    }
}
