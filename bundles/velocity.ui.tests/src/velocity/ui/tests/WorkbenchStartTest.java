package velocity.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.Test;

import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/** The workbench starts on the Database perspective. */
class WorkbenchStartTest {

    private static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

    @Test
    void opensTheDatabasePerspective() {
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        assertEquals(VelocityUi.PERSPECTIVE_ID, Ui.sync(() -> Ui.page().getPerspective().getId()));
        Ui.settle();
        assertTrue(Files.isRegularFile(Ui.screenshot("workbench-start")));
    }

    /** The first window leaves the Error Log out (its icon would load an SVG rasterizer); asked for, it opens below. */
    @Test
    void errorLogOpensBesidePropertiesWhenAskedFor() {
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        Ui.run(() -> Ui.page().resetPerspective());
        assertNull(Ui.sync(() -> Ui.page().findViewReference(ERROR_LOG)), "the Error Log is in the first window");
        List<String> tabs = Ui.sync(() -> {
            try {
                Ui.page().showView(ERROR_LOG);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
            return tabsBeside(Ui.page().getWorkbenchWindow().getShell(), "Error Log");
        });
        try {
            assertTrue(tabs.contains("Properties") && tabs.contains("Query History"),
                    "the Error Log opened in the folder of " + tabs);
            Ui.settle();
            assertTrue(Files.isRegularFile(Ui.screenshot("workbench-error-log")));
        } finally {
            Ui.run(() -> Ui.page().hideView(Ui.page().findViewReference(ERROR_LOG)));
        }
    }

    /** The texts of the tabs in the folder that has a tab with the given text, or nothing. */
    private static List<String> tabsBeside(Control control, String text) {
        if (control instanceof CTabFolder folder) {
            List<String> texts = new ArrayList<>();
            for (CTabItem item : folder.getItems()) {
                texts.add(item.getText());
            }
            if (texts.contains(text)) {
                return texts;
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                List<String> found = tabsBeside(child, text);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }
}
