package velocity.ui.navigator.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.plugin.AbstractUIPlugin;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.ui.navigator.FolderContent;
import velocity.ui.navigator.ParentKind;

/**
 * A folder contributed through {@code velocity.ui.navigator}: its attributes, read up front, and its
 * {@link FolderContent}, created the first time the folder is expanded.
 */
public final class FolderDescriptor {

    private final String id;
    private final String name;
    private final ParentKind parent;
    private final String dialect;
    private final int order;
    private final String icon;
    private final String contributor;
    private final IConfigurationElement element;
    private volatile FolderContent content;

    FolderDescriptor(String id, String name, ParentKind parent, String dialect, int order, String icon,
            String contributor, IConfigurationElement element) {
        this.id = id;
        this.name = name;
        this.parent = parent;
        this.dialect = dialect;
        this.order = order;
        this.icon = icon;
        this.contributor = contributor;
        this.element = element;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ParentKind parent() {
        return parent;
    }

    public int order() {
        return order;
    }

    public String contributor() {
        return contributor;
    }

    /** Whether the folder goes under nodes of connections of that dialect. */
    public boolean appliesTo(String dialectId) {
        return dialect == null || dialect.equals(dialectId);
    }

    /** The contributed icon, or {@code null} for the standard folder icon. */
    public ImageDescriptor icon() {
        return icon == null ? null : AbstractUIPlugin.imageDescriptorFromPlugin(contributor, icon);
    }

    /**
     * The folder's content, created on the first call; called from jobs.
     *
     * @throws VelocityException when the contributed class cannot be created
     */
    public FolderContent content() throws VelocityException {
        FolderContent c = content;
        if (c == null) {
            synchronized (this) {
                c = content;
                if (c == null) {
                    c = create();
                    content = c;
                }
            }
        }
        return c;
    }

    private FolderContent create() throws VelocityException {
        try {
            Object created = element.createExecutableExtension("class");
            if (created instanceof FolderContent folder) {
                return folder;
            }
            throw new VelocityException(ErrorKind.CONFIGURATION, "The navigator folder '" + id + "' of " + contributor
                    + " names a class that does not implement " + FolderContent.class.getName()
                    + ". Update or remove that plug-in.");
        } catch (CoreException e) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The navigator folder '" + id + "' of " + contributor
                    + " could not be created: " + e.getStatus().getMessage() + ". Update or remove that plug-in.", e);
        }
    }
}
