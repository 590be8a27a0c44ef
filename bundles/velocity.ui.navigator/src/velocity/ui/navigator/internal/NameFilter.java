package velocity.ui.navigator.internal;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

/** Keeps the tables and views whose name contains the filter text, ignoring case; other nodes stay. */
final class NameFilter extends ViewerFilter {

    private String text = "";

    /** @return whether the filter changed */
    boolean setText(String value) {
        String normalized = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        boolean changed = !normalized.equals(text);
        text = normalized;
        return changed;
    }

    @Override
    public boolean select(Viewer viewer, Object parent, Object element) {
        if (text.isEmpty() || !(element instanceof TableNode table)) {
            return true;
        }
        return table.name().toLowerCase(Locale.ROOT).contains(text);
    }
}
