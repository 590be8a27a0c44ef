package velocity.ui.tests.editors;

import org.junit.jupiter.api.AfterEach;

/** A test on a table editor it opens: after each test the editor is closed and its table dropped. */
abstract class TableEditorCase {

    /** The editor a test opened, or {@code null}. */
    TableEditorDriver driver;

    @AfterEach
    void closeEditorsAndDrop() throws Exception {
        if (driver != null) {
            driver.close();
            driver = null;
        }
    }
}
