package velocity.core.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * What the readers of extension points share: the elements contributed, the check of their required
 * attributes and the creation of their class, type-checked. Each reader keeps its own reporting of a
 * contribution it leaves out.
 */
public final class Contributions {

    private Contributions() {
    }

    /**
     * The elements of that name contributed to the extension point, in contribution order; none when no
     * extension registry runs (plain Java).
     */
    public static List<IConfigurationElement> elements(String extensionPoint, String elementName) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        List<IConfigurationElement> result = new ArrayList<>();
        if (registry == null) {
            return result;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
            if (elementName.equals(element.getName())) {
                result.add(element);
            }
        }
        return result;
    }

    /**
     * Whether the element has every one of those attributes.
     *
     * @param attributes the names of the required attributes
     */
    public static boolean hasAll(IConfigurationElement element, String... attributes) {
        for (String attribute : attributes) {
            if (element.getAttribute(attribute) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Creates the element's {@code class} when called; the created object must be a {@code type}, else an
     * {@link IllegalStateException} says what it is, as it does when the class cannot be created.
     *
     * @param type the interface the contributed class must implement
     * @return a factory, each call of which creates a new instance
     */
    public static <T> Supplier<T> executable(IConfigurationElement element, Class<T> type) {
        return () -> {
            try {
                Object created = element.createExecutableExtension("class");
                if (type.isInstance(created)) {
                    return type.cast(created);
                }
                throw new IllegalStateException("class " + created.getClass().getName() + " does not implement "
                        + type.getName());
            } catch (CoreException e) {
                throw new IllegalStateException(e.getStatus().getMessage(), e);
            }
        };
    }
}
