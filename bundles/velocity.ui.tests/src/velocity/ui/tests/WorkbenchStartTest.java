package velocity.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/** The workbench starts on the Database perspective. */
class WorkbenchStartTest {

    @Test
    void opensTheDatabasePerspective() {
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        assertEquals(VelocityUi.PERSPECTIVE_ID, Ui.sync(() -> Ui.page().getPerspective().getId()));
        Ui.settle();
        assertTrue(Files.isRegularFile(Ui.screenshot("workbench-start")));
    }
}
