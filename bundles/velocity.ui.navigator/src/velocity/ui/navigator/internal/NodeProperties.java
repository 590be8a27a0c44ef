package velocity.ui.navigator.internal;

import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/** A node's properties, read-only, for the Properties view. */
final class NodeProperties implements IPropertySource {

    private final Map<String, String> values;

    NodeProperties(Map<String, String> values) {
        this.values = values;
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return values.keySet().stream().map(k -> new PropertyDescriptor(k, k)).toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        String value = values.get(id);
        return value == null ? "" : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only: nothing to reset.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only: the navigator shows the catalog, it does not edit it.
    }
}
