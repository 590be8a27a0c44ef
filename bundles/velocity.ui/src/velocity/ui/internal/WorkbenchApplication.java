package velocity.ui.internal;

import java.lang.management.ManagementFactory;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The workbench application ({@code velocity.ui.app}) that {@code ./velocity} starts without arguments. */
public final class WorkbenchApplication implements IApplication {

    /** Exit code when there is no display to open the window on. */
    static final int EXIT_NO_DISPLAY = 3;

    @Override
    public Object start(IApplicationContext context) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            // No X server or Wayland compositor: say so in one line, the command line still works.
            System.err.println("velocity: no display to open the workbench on (" + e.getMessage()
                    + "); run ./velocity --help for the command line.");
            return EXIT_NO_DISPLAY;
        }
        context.applicationRunning();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new VelocityWorkbenchAdvisor(jvmStart));
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
