package velocity.ui.navigator.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.IToolTipProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Image;

/**
 * Labels with a greyed suffix (a column's type, a connection's state) and icons; the whole text as a tool tip,
 * since a narrow view cuts long ones such as function signatures.
 */
final class NavigatorLabels extends LabelProvider implements IStyledLabelProvider, IToolTipProvider {

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
    public String getToolTipText(Object element) {
        return getText(element);
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
