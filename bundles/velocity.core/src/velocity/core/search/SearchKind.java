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
     * A bonus within a tier of the matcher: what one opens most (tables and views, then saved favorites and
     * routines) before the columns and history entries that share their names by the hundred. It outweighs a
     * few dozen characters of name length, never a better tier.
     */
    int rankBonus() {
        return switch (this) {
            case TABLE, VIEW -> 40;
            case FAVORITE, FUNCTION, PROCEDURE -> 20;
            case COLUMN, HISTORY -> 0;
        };
    }
}
