package velocity.dialect.mysql.internal;

import java.util.Comparator;

/** How the readers treat the text {@code information_schema} returns. */
final class CatalogText {

    /**
     * The order of index and constraint names within a table: case-insensitive as the servers compare them,
     * exact as a tie-break so that the order never depends on the order rows arrived in.
     */
    static final Comparator<String> NAME_ORDER = String.CASE_INSENSITIVE_ORDER
            .thenComparing(Comparator.naturalOrder());

    private CatalogText() {
    }

    /** Comments are empty strings, not NULL, when there are none. */
    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
