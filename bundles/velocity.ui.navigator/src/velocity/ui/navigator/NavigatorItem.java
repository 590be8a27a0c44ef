package velocity.ui.navigator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;

/**
 * One entry of a contributed folder. Immutable: the {@code with...} methods return changed copies.
 *
 * <pre>
 * NavigatorItem.leaf("orders_id_seq").withIconKey(VelocityImages.SEQUENCE).withDescription("bigint")
 * </pre>
 */
public final class NavigatorItem {

    private final String label;
    private final String description;
    private final String iconKey;
    private final ImageDescriptor icon;
    private final FolderContent children;
    private final Map<String, String> properties;

    private NavigatorItem(String label, String description, String iconKey, ImageDescriptor icon,
            FolderContent children, Map<String, String> properties) {
        this.label = Objects.requireNonNull(label, "label");
        this.description = description;
        this.iconKey = iconKey;
        this.icon = icon;
        this.children = children;
        this.properties = properties;
    }

    /** An item without children. */
    public static NavigatorItem leaf(String label) {
        return new NavigatorItem(label, null, null, null, null, Map.of());
    }

    /** An item whose children {@code content} lists when the user expands it. */
    public static NavigatorItem folder(String label, FolderContent content) {
        return new NavigatorItem(label, null, null, null, Objects.requireNonNull(content, "content"), Map.of());
    }

    /** A copy with a short description, shown greyed after the label. */
    public NavigatorItem withDescription(String text) {
        return new NavigatorItem(label, text, iconKey, icon, children, properties);
    }

    /** A copy with one of the workbench's icons, a {@link velocity.ui.VelocityImages} key. */
    public NavigatorItem withIconKey(String key) {
        return new NavigatorItem(label, description, key, null, children, properties);
    }

    /** A copy with an icon of its own. */
    public NavigatorItem withIcon(ImageDescriptor descriptor) {
        return new NavigatorItem(label, description, null, descriptor, children, properties);
    }

    /** A copy with one more property for the Properties view; properties keep the order they are added in. */
    public NavigatorItem withProperty(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(properties);
        copy.put(name, value);
        return new NavigatorItem(label, description, iconKey, icon, children, Collections.unmodifiableMap(copy));
    }

    public String label() {
        return label;
    }

    /** The description, or {@code null}. */
    public String description() {
        return description;
    }

    /** The workbench icon key, or {@code null}. */
    public String iconKey() {
        return iconKey;
    }

    /** The item's own icon, or {@code null}. */
    public ImageDescriptor icon() {
        return icon;
    }

    /** Whether the item has no children. */
    public boolean isLeaf() {
        return children == null;
    }

    /** What lists the children, or {@code null} for a leaf. */
    public FolderContent children() {
        return children;
    }

    /** The properties shown in the Properties view, in order. */
    public Map<String, String> properties() {
        return properties;
    }
}
