package velocity.ui.editors.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;

import velocity.core.extension.Contributions;
import velocity.ui.ErrorReporter;

/** The tabs contributed to the extension point {@code velocity.ui.editors}, read from the registry on demand. */
public final class EditorTabRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "velocity.ui.editors";

    private EditorTabRegistry() {
    }

    /** The tabs for an object kind ("table", "view") on a dialect, by their order, then their id. */
    public static List<EditorTabDescriptor> tabs(String objectKind, String dialect) {
        List<EditorTabDescriptor> tabs = new ArrayList<>();
        for (IConfigurationElement element : Contributions.elements(EXTENSION_POINT, "tab")) {
            try {
                EditorTabDescriptor tab = new EditorTabDescriptor(element);
                if (tab.appliesTo(objectKind, dialect)) {
                    tabs.add(tab);
                }
            } catch (IllegalArgumentException e) {
                ErrorReporter.report("Reading the editor tabs of " + element.getContributor().getName(), e);
            }
        }
        tabs.sort(Comparator.comparingInt(EditorTabDescriptor::order).thenComparing(EditorTabDescriptor::id));
        return tabs;
    }
}
