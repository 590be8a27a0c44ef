package velocity.ui.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import velocity.core.DialectDescriptor;
import velocity.core.Velocity;
import velocity.core.VelocityHome;
import velocity.ui.Connections;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;

/** Holds the workbench's one core facade, opened in the background when the bundle starts. */
public final class Activator extends AbstractUIPlugin {

    private static volatile Activator instance;

    private CompletableFuture<Velocity> velocity;
    private volatile Connections connections;

    public static Activator instance() {
        Activator a = instance;
        if (a == null) {
            throw new IllegalStateException("The bundle " + VelocityUi.PLUGIN_ID + " is not started.");
        }
        return a;
    }

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        velocity = CompletableFuture.supplyAsync(() -> Velocity.open(VelocityHome.fromEnvironment(), null,
                new DialogMasterPassword()));
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        if (velocity.isDone() && !velocity.isCompletedExceptionally()) {
            velocity.join().close();
        }
        super.stop(context);
    }

    public Velocity velocity() {
        try {
            return velocity.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening Velocity's settings.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Velocity's settings could not be opened: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    public Connections connections() {
        Connections c = connections;
        if (c == null) {
            synchronized (this) {
                if (connections == null) {
                    connections = new Connections(velocity());
                }
                c = connections;
            }
        }
        return c;
    }

    @Override
    protected void initializeImageRegistry(ImageRegistry registry) {
        for (String key : VelocityImages.all()) {
            registry.put(key, imageDescriptorFromPlugin(VelocityUi.PLUGIN_ID, key));
        }
    }

    public Image dialectImage(DialectDescriptor dialect) {
        String key = "dialect:" + dialect.id();
        ImageRegistry registry = getImageRegistry();
        if (registry.getDescriptor(key) == null) {
            ImageDescriptor descriptor = dialect.icon() == null || dialect.contributor() == null ? null
                    : imageDescriptorFromPlugin(dialect.contributor(), dialect.icon());
            registry.put(key, descriptor != null ? descriptor : registry.getDescriptor(VelocityImages.DATABASE));
        }
        return registry.get(key);
    }
}
