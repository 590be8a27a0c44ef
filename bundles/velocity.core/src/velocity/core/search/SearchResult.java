package velocity.core.search;

/**
 * One match of a search.
 *
 * @param entry what was found
 * @param score how well it matched, higher is better; only comparable within one search
 * @param positions the positions in {@code entry.name()} of the query's characters, in order, for highlighting
 */
public record SearchResult(SearchEntry entry, int score, int[] positions) {
}
