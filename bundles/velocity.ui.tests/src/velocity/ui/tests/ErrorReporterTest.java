package velocity.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.ui.ErrorReporter;
import velocity.ui.tests.support.Ui;

/** Errors reach the user in a dialog and the Error Log's file, with the database's codes. */
class ErrorReporterTest {

    @Test
    void showsADialogAndLogsTheCodes() throws Exception {
        String marker = "relation \"missing_" + System.nanoTime() + "\" does not exist";
        VelocityException error = new VelocityException(ErrorKind.UNKNOWN_OBJECT, marker, "reporter-test", "42P01", 7, 15,
                null);
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        Shell main = Ui.sync(() -> Ui.page().getWorkbenchWindow().getShell());
        // The test harness hides error dialogs (automated mode); this test is about that dialog.
        boolean automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
        try {
            Ui.run(() -> ErrorReporter.report("Running a query on 'reporter-test'", error));
            awaitDialog(main);
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
        }
        assertLogged(marker);
    }

    private static void awaitDialog(Shell main) {
        Shell dialog = Ui.waitFor("the error dialog", () -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell != main && shell.isVisible()) {
                    return shell;
                }
            }
            return null;
        });
        Ui.settle();
        Ui.screenshot("error-dialog");
        Ui.run(dialog::close);
    }

    private static void assertLogged(String marker) throws java.io.IOException {
        Path log = Platform.getLogFileLocation().toPath();
        Ui.waitUntil("the error in " + log, () -> {
            try {
                String text = Files.exists(log) ? Files.readString(log) : "";
                return text.contains(marker) && text.contains("SQLState: 42P01");
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertTrue(Files.readString(log).contains("Running a query on 'reporter-test'"));
    }
}
