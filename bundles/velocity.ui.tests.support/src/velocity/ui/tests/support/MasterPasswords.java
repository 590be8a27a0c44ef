package velocity.ui.tests.support;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import velocity.ui.VelocityUi;

/**
 * Where no OS keyring answers, the workbench asks for a master password the first time a test saves or reads
 * one; this answers that dialog with {@link #PASSWORD} as a user would, typing it and pressing OK, so that the
 * other tests run the same with and without a keyring. The dialog's own test turns it off.
 */
public final class MasterPasswords {

    /** The master password the tests' workbench uses. */
    public static final String PASSWORD = "ui-test-master-Pa55";

    private static volatile boolean answering = true;
    private static boolean installed;

    private MasterPasswords() {
    }

    /** Starts answering; called by {@link Ui} as soon as the workbench's display is known. */
    static synchronized void install(Display display) {
        if (installed) {
            return;
        }
        installed = true;
        Runnable add = () -> display.addFilter(SWT.Show, MasterPasswords::shown);
        if (Display.getCurrent() == display) {
            add.run();
        } else {
            display.asyncExec(add);
        }
    }

    /** Whether the dialog is answered by itself (the default). */
    public static void answering(boolean on) {
        answering = on;
    }

    private static void shown(Event event) {
        if (!answering || !(event.widget instanceof Shell shell)) {
            return;
        }
        event.display.asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            Text password = find(shell, "masterPassword.password");
            if (password == null) {
                return;
            }
            password.setText(PASSWORD);
            Text confirm = find(shell, "masterPassword.confirm");
            if (confirm != null) {
                confirm.setText(PASSWORD);
            }
            Button ok = shell.getDefaultButton();
            if (ok != null && ok.isEnabled()) {
                ok.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    private static Text find(Composite parent, String id) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Text text && id.equals(text.getData(VelocityUi.WIDGET_ID))) {
                return text;
            }
            if (child instanceof Composite composite) {
                Text found = find(composite, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
