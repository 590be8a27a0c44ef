package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.cli.UsageException;
import velocity.core.query.FilterCondition;
import velocity.core.query.FilterText;
import velocity.core.query.SortKey;
import velocity.core.query.TableFilter;

/** Reads {@code --filter "column op value"}, {@code --where} and {@code --sort column[:desc]} into a {@link TableFilter}. */
final class FilterArguments {

    private FilterArguments() {
    }

    static TableFilter of(List<String> filters, String where, List<String> sorts) throws UsageException {
        List<FilterCondition> conditions = new ArrayList<>();
        for (String f : filters) {
            try {
                conditions.add(FilterText.condition(f));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--filter " + e.getMessage());
            }
        }
        List<SortKey> sort = new ArrayList<>();
        for (String s : sorts) {
            try {
                sort.add(FilterText.sortKey(s));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--sort: " + e.getMessage());
            }
        }
        return new TableFilter(conditions, where, sort);
    }
}
