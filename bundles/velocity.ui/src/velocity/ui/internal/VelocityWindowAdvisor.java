package velocity.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, tool bar, status line with progress; logs how long the start took. */
final class VelocityWindowAdvisor extends WorkbenchWindowAdvisor {

    private final long jvmStart;

    VelocityWindowAdvisor(IWorkbenchWindowConfigurer configurer, long jvmStart) {
        super(configurer);
        this.jvmStart = jvmStart;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle("Velocity");
    }

    @Override
    public void postWindowOpen() {
        // Usable means painted and reading input: measured when the event loop first runs after opening.
        Display display = getWindowConfigurer().getWindow().getShell().getDisplay();
        display.asyncExec(() -> {
            long millis = System.currentTimeMillis() - jvmStart;
            String message = "velocity: workbench ready in " + millis + " ms (from the JVM's start to the open window)";
            System.out.println(message);
            ILog.of(getClass()).info(message);
            // For measuring whole starts (and writing the class-data archive): close as soon as usable.
            if ("1".equals(System.getenv("VELOCITY_EXIT_WHEN_READY"))) {
                getWindowConfigurer().getWorkbenchConfigurer().getWorkbench().close();
            }
        });
    }
}
