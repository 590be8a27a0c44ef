package velocity.ui.navigator.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import velocity.core.extension.Contributions;
import velocity.ui.navigator.ParentKind;

/**
 * The folders contributed to {@code velocity.ui.navigator}, read once on first use. Only attributes are read
 * here; no contributed class is loaded until its folder is expanded. An incomplete contribution is logged
 * and left out, so it cannot break the others.
 */
public final class FolderRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "velocity.ui.navigator";

    /** Where contributed folders go when they give no order: after the built-in ones. */
    static final int DEFAULT_ORDER = 100;

    private static volatile List<FolderDescriptor> folders;

    private FolderRegistry() {
    }

    /** The folders that go under a node of that kind on a connection of that dialect, by order then name. */
    public static List<FolderDescriptor> folders(ParentKind parent, String dialectId) {
        return all().stream().filter(f -> f.parent() == parent && f.appliesTo(dialectId)).toList();
    }

    private static List<FolderDescriptor> all() {
        List<FolderDescriptor> result = folders;
        if (result == null) {
            result = read();
            folders = result;
        }
        return result;
    }

    private static List<FolderDescriptor> read() {
        List<FolderDescriptor> result = new ArrayList<>();
        for (IConfigurationElement element : Contributions.elements(EXTENSION_POINT, "folder")) {
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            String name = element.getAttribute("name");
            String parent = element.getAttribute("parent");
            if (!Contributions.hasAll(element, "id", "name", "parent", "class")) {
                warn("Ignoring a navigator folder of " + contributor + ": id, name, parent and class are required.");
                continue;
            }
            ParentKind kind;
            try {
                kind = ParentKind.parse(parent);
            } catch (IllegalArgumentException e) {
                warn("Ignoring the navigator folder '" + id + "' of " + contributor + ": parent '" + parent
                        + "' is not one of connection, database, schema, table.");
                continue;
            }
            result.add(new FolderDescriptor(id, name, kind, element.getAttribute("dialect"),
                    order(element.getAttribute("order")), element.getAttribute("icon"), contributor, element));
        }
        result.sort(Comparator.comparingInt(FolderDescriptor::order).thenComparing(FolderDescriptor::name));
        return List.copyOf(result);
    }

    private static int order(String value) {
        try {
            return value == null ? DEFAULT_ORDER : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_ORDER;
        }
    }

    private static void warn(String message) {
        ILog.of(FolderRegistry.class).log(new Status(IStatus.WARNING, NavigatorPlugin.ID, message));
    }
}
