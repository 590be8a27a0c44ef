package velocity.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import velocity.ui.VelocityUi;

/**
 * The Database perspective: navigator on the left, editors in the middle, properties below. The Error Log and
 * Progress views have their place below too but open only when asked for: their platform icons are SVG, and
 * drawing them in the first window's tabs would load Java2D and the rasterizer (a sixth of the start's
 * processor time).
 */
public final class DatabasePerspective implements IPerspectiveFactory {

    /** The bottom folder, where other bundles add their views (query output, history). */
    public static final String BOTTOM = "velocity.ui.perspectives.database.bottom";

    private static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder("velocity.ui.perspectives.database.left", IPageLayout.LEFT, 0.24f, editors);
        left.addView(VelocityUi.NAVIGATOR_VIEW_ID);
        IFolderLayout bottom = layout.createFolder(BOTTOM, IPageLayout.BOTTOM, 0.75f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(ERROR_LOG);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(VelocityUi.NAVIGATOR_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ERROR_LOG);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    }
}
