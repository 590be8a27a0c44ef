package velocity.dialect.sqlite.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Catalog names by the spelling SQLite accepts for them. SQLite resolves names ignoring the case of ASCII
 * letters only (an {@code É} is not an {@code é} to it), and DDL keeps whatever spelling its author typed, so a
 * reference is mapped back to the name the catalog lists.
 */
final class TableNames {

    private final Map<String, String> byFolded = new HashMap<>();

    TableNames(Collection<String> names) {
        names.forEach(this::add);
    }

    void add(String name) {
        byFolded.putIfAbsent(fold(name), name);
    }

    boolean knows(String written) {
        return byFolded.containsKey(fold(written));
    }

    /** The listed name {@code written} refers to, or {@code written} itself when no listed table matches. */
    String canonical(String written) {
        return byFolded.getOrDefault(fold(written), written);
    }

    private static String fold(String name) {
        StringBuilder folded = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (folded == null) {
                    folded = new StringBuilder(name);
                }
                folded.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return folded == null ? name : folded.toString();
    }
}
