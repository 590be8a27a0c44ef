package velocity.ui.tests.navigator;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import velocity.ui.tests.support.Ui;

/**
 * A navigator test on a connection of its own: the navigator is shown before each test and the connection
 * deleted after it, once the test class's own clean-up (closing its dialogs) has run.
 */
abstract class NavigatorCase {

    /** Makes the names a test creates its own. */
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** The connection the test saves; deleted after it. */
    final String connection;

    @TempDir
    Path dir;

    NavigatorCase(String prefix) {
        this.connection = prefix + suffix;
    }

    @BeforeEach
    void showNavigator() {
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        NavigatorDriver.showNavigator();
    }

    @AfterEach
    void deleteTheConnection() throws Exception {
        NavigatorDriver.deleteConnection(connection);
    }
}
