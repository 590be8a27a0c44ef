package velocity.ui.internal;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import velocity.core.MasterPasswordSource;

/**
 * The workbench's master password: from {@code VELOCITY_MASTER_PASSWORD} when set, else a dialog on the UI
 * thread, whichever thread asks (the secret store is used from jobs). The store asks once per session.
 */
public final class DialogMasterPassword implements MasterPasswordSource {

    @Override
    public char[] masterPassword(boolean create, String problem) {
        char[] fromEnvironment = MasterPasswordSource.ENVIRONMENT.masterPassword(create, problem);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        AtomicReference<char[]> result = new AtomicReference<>();
        Runnable ask = () -> {
            Shell parent = display.getActiveShell();
            MasterPasswordDialog dialog = new MasterPasswordDialog(parent, create, problem);
            dialog.open();
            result.set(dialog.result());
        };
        if (Display.getCurrent() == display) {
            ask.run();
        } else {
            display.syncExec(ask);
        }
        return result.get();
    }

    @Override
    public String describe() {
        return "a dialog, once per session";
    }
}
