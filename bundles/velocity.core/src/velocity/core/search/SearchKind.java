package velocity.core.search;

/** What an entry of the {@link SearchIndex} stands for. */
public enum SearchKind {
    TABLE("table"),
    VIEW("view"),
    COLUMN("column"),
    FUNCTION("function"),
    PROCEDURE("procedure"),
    FAVORITE("favorite"),
    HISTORY("history");

    private final String label;

    SearchKind(String label) {
        this.label = label;
    }

    /** The kind as a user reads it, e.g. {@code table}. */
    public String label() {
        return label;
    }

    /**
     * A small bonus that orders equally good matches: what one opens most (tables and views, then saved
     * favorites and routines) before the columns and history that share their names by the hundred.
     */
    int rankBonus() {
        return switch (this) {
            case TABLE, VIEW -> 3;
            case FAVORITE, FUNCTION, PROCEDURE -> 2;
            case COLUMN, HISTORY -> 0;
        };
    }
}
