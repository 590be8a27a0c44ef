package velocity.ui.navigator.internal;

import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/** A placeholder child: "Loading..." while a job runs, or why a folder could not be read. */
public final class MessageNode extends LeafNode {

    private final String message;

    MessageNode(Node parent, String message) {
        super(parent);
        this.message = message;
    }

    @Override
    public String label() {
        return message;
    }

    @Override
    public Image image(ResourceManager resources) {
        return null;
    }
}
