package velocity.ui.navigator.internal;

import java.util.Map;

import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import velocity.ui.VelocityUi;

/** A leaf describing part of a table: a column, a key, an index. */
public final class DetailNode extends LeafNode {

    private final String label;
    private final String suffix;
    private final String iconKey;
    private final Map<String, String> properties;

    DetailNode(Node parent, String label, String suffix, String iconKey, Map<String, String> properties) {
        super(parent);
        this.label = label;
        this.suffix = suffix;
        this.iconKey = iconKey;
        this.properties = properties;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String suffix() {
        return suffix;
    }

    @Override
    public Image image(ResourceManager resources) {
        return VelocityUi.image(iconKey);
    }

    @Override
    protected Map<String, String> properties() {
        return properties;
    }
}
