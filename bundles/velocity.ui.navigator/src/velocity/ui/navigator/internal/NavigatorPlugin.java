package velocity.ui.navigator.internal;

/** Ids of this bundle. */
public final class NavigatorPlugin {

    /** The bundle's symbolic name. */
    public static final String ID = "velocity.ui.navigator";

    /** The context active while the navigator has focus; its key bindings (F5) win over the window's. */
    public static final String CONTEXT = "velocity.ui.navigator.context";

    private NavigatorPlugin() {
    }
}
