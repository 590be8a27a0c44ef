package velocity.ui.search;

import velocity.core.search.SearchIndex;
import velocity.ui.search.internal.IndexMaintainer;

/**
 * The workbench's Open Anything. Connections' catalogs are indexed in background jobs when they connect and
 * when the navigator refreshes them; other bundles add sources of their own:
 *
 * <pre>
 * OpenAnything.index().replace("favorites", favorites.stream()
 *         .map(f -&gt; SearchEntry.favorite(f.connection(), f.title(), f.sql())).toList());
 * </pre>
 *
 * A favorite or history entry found opens a SQL editor with its text on its connection.
 */
public final class OpenAnything {

    /** The command that opens the Open Anything dialog (Ctrl+K, Cmd+K on macOS). */
    public static final String COMMAND_ID = "velocity.ui.search.openAnything";

    private OpenAnything() {
    }

    /** The index the dialog searches; thread-safe. */
    public static SearchIndex index() {
        return IndexMaintainer.instance().index();
    }
}
