package velocity.ui.navigator.internal.wizard;

import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

import velocity.core.ConnectionSettings;
import velocity.core.ConnectionTestResult;
import velocity.core.VelocityException;
import velocity.core.operations.TestConnectionOperation;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;

/**
 * Test Connection: tries the settings as typed in a job and says what it found, or exactly what failed,
 * right in the wizard, since a failed test is an answer rather than an error to report.
 */
final class TestConnectionArea {

    private final Supplier<ConnectionSettings> settings;
    private final Supplier<char[]> password;
    private final Button button;
    private final Text result;
    private OperationJob<ConnectionTestResult> running;

    TestConnectionArea(Composite parent, Supplier<ConnectionSettings> settings, Supplier<char[]> password) {
        this.settings = settings;
        this.password = password;
        button = VelocityUi.name(new Button(parent, SWT.PUSH), "wizard.test");
        button.setText("Test Connection");
        button.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        result = VelocityUi.name(new Text(parent, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI), "wizard.testResult");
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 360;
        data.heightHint = result.getLineHeight() * 4;
        result.setLayoutData(data);
        result.setBackground(parent.getBackground());
        button.addListener(SWT.Selection, e -> test());
        result.addDisposeListener(e -> {
            if (running != null) {
                running.cancel();
            }
        });
    }

    /** Forgets the last outcome, e.g. when the dialect changes. */
    void clear() {
        result.setText("");
    }

    private void test() {
        ConnectionSettings s = settings.get();
        if (s == null) {
            return;
        }
        button.setEnabled(false);
        show("Testing " + s.describe() + "...", SWT.COLOR_WIDGET_FOREGROUND);
        OperationJob<ConnectionTestResult> job = OperationJob
                .of(new TestConnectionOperation(VelocityUi.velocity().manager(), s, password.get()))
                .owner(result)
                .reportErrors(false);
        running = job;
        job.onSuccess(r -> done(job, describe(r), SWT.COLOR_DARK_GREEN))
                .onFailure(e -> done(job, failure(e), SWT.COLOR_RED))
                .schedule();
    }

    private void done(OperationJob<ConnectionTestResult> job, String text, int color) {
        if (running != job) {
            return;
        }
        running = null;
        button.setEnabled(true);
        show(text, color);
    }

    private void show(String text, int color) {
        result.setForeground(Display.getCurrent().getSystemColor(color));
        result.setText(text);
        result.getParent().layout(true, true);
    }

    private static String describe(ConnectionTestResult r) {
        return String.format(Locale.ROOT, "Connected to %s %s (driver %s %s).%nConnecting took %.0f ms; a round trip %.1f ms.",
                r.productName(), r.productVersion(), r.driverName(), r.driverVersion(), r.connectMillis(),
                r.roundTripMillis());
    }

    private static String failure(VelocityException e) {
        StringBuilder text = new StringBuilder("Failed: ").append(e.getMessage());
        if (e.sqlState() != null) {
            text.append(" (SQLState ").append(e.sqlState()).append(')');
        }
        return text.toString();
    }
}
