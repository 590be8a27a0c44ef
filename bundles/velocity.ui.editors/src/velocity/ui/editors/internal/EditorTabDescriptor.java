package velocity.ui.editors.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import velocity.ui.editors.EditorTab;

/**
 * One {@code tab} of the extension point {@code velocity.ui.editors}, read without loading its class until
 * the editor shows the tab.
 */
public final class EditorTabDescriptor {

    private final IConfigurationElement element;
    private final String id;
    private final String name;
    private final List<String> objectKinds;
    private final List<String> dialects;
    private final int order;

    EditorTabDescriptor(IConfigurationElement element) {
        this.element = element;
        this.id = required(element, "id");
        this.name = required(element, "name");
        this.objectKinds = split(required(element, "objectKind"));
        String dialect = element.getAttribute("dialect");
        this.dialects = dialect == null || dialect.isBlank() ? List.of() : split(dialect);
        this.order = parseOrder(element.getAttribute("order"));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int order() {
        return order;
    }

    public String contributor() {
        return element.getContributor().getName();
    }

    /** Whether the tab belongs on an editor of that object kind ("table", "view") on that dialect. */
    public boolean appliesTo(String objectKind, String dialect) {
        return objectKinds.contains(objectKind) && (dialects.isEmpty() || dialects.contains(dialect));
    }

    /** A new instance of the contributed class. */
    public EditorTab create() throws CoreException {
        Object tab = element.createExecutableExtension("class");
        if (!(tab instanceof EditorTab editorTab)) {
            throw new IllegalStateException("The editor tab '" + id + "' of " + contributor() + " is a "
                    + tab.getClass().getName() + ", not a " + EditorTab.class.getName() + ".");
        }
        return editorTab;
    }

    private static String required(IConfigurationElement element, String attribute) {
        String value = element.getAttribute(attribute);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An editor tab of " + element.getContributor().getName()
                    + " lacks the attribute '" + attribute + "'.");
        }
        return value.trim();
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static int parseOrder(String value) {
        if (value == null || value.isBlank()) {
            return 1000;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 1000;
        }
    }
}
