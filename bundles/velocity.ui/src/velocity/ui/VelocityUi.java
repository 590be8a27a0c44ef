package velocity.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Widget;

import velocity.core.DialectDescriptor;
import velocity.core.Velocity;
import velocity.ui.internal.Activator;

/** Entry point of the workbench's shared services. */
public final class VelocityUi {

    /** The bundle's symbolic name. */
    public static final String PLUGIN_ID = "velocity.ui";

    /** The Database perspective. */
    public static final String PERSPECTIVE_ID = "velocity.ui.perspectives.database";

    /** The Database Navigator view, contributed by the navigator bundle. */
    public static final String NAVIGATOR_VIEW_ID = "velocity.ui.navigator.view";

    /**
     * Key of the {@link Widget#setData(String, Object)} value that names a widget. Every control a user acts
     * on carries a stable name, which the UI tests use to find it.
     */
    public static final String WIDGET_ID = "velocity.id";

    private VelocityUi() {
    }

    /**
     * The core facade of this workbench. Opening it reads the settings file only (no database), and it starts
     * in the background when the workbench starts, so this rarely waits.
     */
    public static Velocity velocity() {
        return Activator.instance().velocity();
    }

    /** The saved connections and their live state. */
    public static Connections connections() {
        return Activator.instance().connections();
    }

    /** An icon of this bundle, e.g. {@link VelocityImages#TABLE}; owned by the registry, never dispose it. */
    public static Image image(String key) {
        return Activator.instance().getImageRegistry().get(key);
    }

    /** The descriptor of an icon of this bundle. */
    public static ImageDescriptor imageDescriptor(String key) {
        return Activator.instance().getImageRegistry().getDescriptor(key);
    }

    /** The icon a dialect contributes, or the generic database icon; owned by the registry. */
    public static Image dialectImage(DialectDescriptor dialect) {
        return Activator.instance().dialectImage(dialect);
    }

    /** Names a widget (see {@link #WIDGET_ID}) and returns it. */
    public static <W extends Widget> W name(W widget, String id) {
        widget.setData(WIDGET_ID, id);
        return widget;
    }
}
