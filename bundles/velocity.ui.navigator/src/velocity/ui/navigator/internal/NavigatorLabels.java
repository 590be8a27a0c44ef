package velocity.ui.navigator.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

/** Labels with a greyed suffix (a column's type, a connection's state) and icons. */
final class NavigatorLabels extends LabelProvider implements IStyledLabelProvider {

    /** Between a label and its suffix; tests split item texts on it. */
    static final String SEPARATOR = "  ";

    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    @Override
    public StyledString getStyledText(Object element) {
        Node node = (Node) element;
        if (node instanceof MessageNode) {
            return new StyledString(node.label(), StyledString.QUALIFIER_STYLER);
        }
        StyledString text = new StyledString(node.label());
        String suffix = node.suffix();
        if (suffix != null && !suffix.isEmpty()) {
            text.append(SEPARATOR + suffix, StyledString.DECORATIONS_STYLER);
        }
        return text;
    }

    @Override
    public String getText(Object element) {
        return getStyledText(element).getString();
    }

    @Override
    public Image getImage(Object element) {
        return ((Node) element).image(resources);
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
