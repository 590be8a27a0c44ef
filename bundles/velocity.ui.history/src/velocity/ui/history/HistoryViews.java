package velocity.ui.history;

/** Ids of the query history and favorites parts, for bundles that show them or contribute to them. */
public final class HistoryViews {

    /** The Query History view. */
    public static final String HISTORY_VIEW_ID = "velocity.ui.history.view";
    /** The Favorites view. */
    public static final String FAVORITES_VIEW_ID = "velocity.ui.history.favorites";
    /** Saves the SQL editor's selection, or its whole text, as a favorite query (Ctrl+D). */
    public static final String SAVE_FAVORITE_COMMAND = "velocity.ui.history.saveFavorite";

    private HistoryViews() {
    }
}
