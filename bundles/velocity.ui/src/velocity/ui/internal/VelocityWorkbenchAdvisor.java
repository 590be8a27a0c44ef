package velocity.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import velocity.ui.VelocityUi;

/** Opens the Database perspective and restores the last session's editors and layout. */
final class VelocityWorkbenchAdvisor extends WorkbenchAdvisor {

    private final long jvmStart;

    VelocityWorkbenchAdvisor(long jvmStart) {
        this.jvmStart = jvmStart;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Open editors and their connections come back after a restart.
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return VelocityUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new VelocityWindowAdvisor(configurer, jvmStart);
    }

    @Override
    public void postStartup() {
        new FirstStartJob().schedule();
    }
}
