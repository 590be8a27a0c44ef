package velocity.ui.tests.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.ConnectionSettings;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/** The navigator's context-menu commands on a saved SQLite connection. */
class NavigatorCommandsTest {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String connection = "nav-cmd-" + suffix;
    private final String renamed = "nav-renamed-" + suffix;
    private final String copy = connection + " (copy)";
    private final String renamedCopy = renamed + " (copy)";

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void saveConnection() throws Exception {
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        NavigatorDriver.showNavigator();
        file = dir.resolve("commands.db");
        NavigatorDriver.execute(settings("setup-" + suffix), null,
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)");
        NavigatorActions.save(settings(connection), null);
        NavigatorDriver.item(connection);
    }

    @AfterEach
    void cleanUp() throws Exception {
        NavigatorDriver.closeWizard();
        for (String name : List.of(connection, renamed, copy, renamedCopy)) {
            NavigatorDriver.deleteConnection(name);
        }
    }

    private ConnectionSettings settings(String name) {
        return ConnectionSettings.builder(name, "sqlite").database(file.toString()).build();
    }

    @Test
    void disconnectAndConnectShowTheStateOnTheNode() {
        NavigatorDriver.item(connection, "main");
        Ui.waitUntil("the connection shown connected",
                () -> (connection + "  connected").equals(NavigatorActions.connectionText(connection)));

        NavigatorActions.menu(NavigatorDriver.item(connection), "Disconnect");
        Ui.waitUntil("the connection shown disconnected",
                () -> connection.equals(NavigatorActions.connectionText(connection)));
        assertFalse(VelocityUi.connections().isConnected(connection));
        Ui.screenshot("navigator-disconnected");

        NavigatorActions.menu(NavigatorDriver.item(connection), "Connect");
        Ui.waitUntil("the connection shown connected again",
                () -> (connection + "  connected").equals(NavigatorActions.connectionText(connection)));
        assertTrue(VelocityUi.connections().isConnected(connection));
        assertEquals(List.of("main"), NavigatorDriver.children(NavigatorDriver.item(connection)));
    }

    @Test
    void refreshPicksUpATableCreatedAfterTheFirstExpansion() throws Exception {
        TreeItem tables = NavigatorDriver.item(connection, "main", "Tables");
        NavigatorDriver.expand(tables);
        assertEquals(List.of("orders"), NavigatorDriver.children(tables));

        NavigatorDriver.execute(settings("setup-" + suffix), null, "CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        assertTrue(NavigatorActions.menuText(tables, "Refresh").endsWith("\tF5"), "Refresh is bound to F5");
        NavigatorActions.menu(tables, "Refresh");
        TreeItem refreshed = NavigatorDriver.item(connection, "main", "Tables");
        Ui.waitUntil("the new table listed", () -> NavigatorDriver.children(refreshed).contains("invoices"));
        NavigatorDriver.expand(refreshed);
        assertEquals(List.of("invoices", "orders"), NavigatorDriver.children(refreshed));
        Ui.screenshot("navigator-refreshed");
    }

    @Test
    void deleteAsksAndRemovesTheConnectionFromTheTreeAndTheFile() throws Exception {
        Path connectionsFile = VelocityUi.velocity().connections().file();
        assertTrue(Files.readString(connectionsFile).contains(connection));

        NavigatorActions.menu(NavigatorDriver.item(connection), "Delete");
        Ui.waitFor(Button.class, "navigator.delete.ok");
        Ui.screenshot("navigator-delete-confirm");
        NavigatorActions.press("navigator.delete.ok");

        Ui.waitUntil("the connection gone from the tree", () -> NavigatorActions.connectionText(connection) == null);
        assertTrue(VelocityUi.velocity().connections().find(connection).isEmpty());
        assertFalse(Files.readString(connectionsFile).contains(connection));
    }

    @Test
    void duplicateSavesACopyAndSelectsIt() throws Exception {
        NavigatorActions.menu(NavigatorDriver.item(connection), "Duplicate");
        TreeItem duplicate = NavigatorDriver.item(copy);
        Ui.waitUntil("the copy selected", () -> NavigatorDriver.tree().getSelectionCount() == 1
                && NavigatorDriver.tree().getSelection()[0] == duplicate);
        ConnectionSettings saved = VelocityUi.velocity().connections().get(copy);
        assertEquals(file.toString(), saved.database());
        TreeItem main = NavigatorDriver.item(copy, "main");
        NavigatorDriver.expand(main);
        assertEquals(List.of("Tables", "Views", "Functions"), NavigatorDriver.children(main));
    }

    @Test
    void editRenamesOrKeepsBoth() throws Exception {
        NavigatorActions.menu(NavigatorDriver.item(connection), "Edit Connection...");
        Text name = Ui.waitFor(Text.class, "wizard.name");
        assertEquals(connection, Ui.sync(name::getText));
        NavigatorDriver.type("wizard.name", renamed);
        NavigatorActions.pressLater("wizard.finish");
        Ui.waitFor(Button.class, "wizard.rename.rename");
        Ui.screenshot("navigator-rename-question");
        NavigatorActions.press("wizard.rename.rename");
        Ui.waitUntil("the wizard closed", () -> Ui.find(Text.class, "wizard.name") == null);
        NavigatorDriver.item(renamed);
        Ui.waitUntil("the old name gone from the tree", () -> NavigatorActions.connectionText(connection) == null);
        assertTrue(VelocityUi.velocity().connections().find(connection).isEmpty());
        assertEquals(file.toString(), VelocityUi.velocity().connections().get(renamed).database());

        NavigatorActions.menu(NavigatorDriver.item(renamed), "Edit Connection...");
        Ui.waitFor(Text.class, "wizard.name");
        NavigatorDriver.type("wizard.name", renamedCopy);
        NavigatorActions.pressLater("wizard.finish");
        NavigatorActions.press("wizard.rename.keepBoth");
        Ui.waitUntil("the wizard closed", () -> Ui.find(Text.class, "wizard.name") == null);
        NavigatorDriver.item(renamedCopy);
        NavigatorDriver.item(renamed);
        assertTrue(VelocityUi.velocity().connections().find(renamed).isPresent());
        assertTrue(VelocityUi.velocity().connections().find(renamedCopy).isPresent());
    }

    @Test
    void copyNamePutsTheNamesOnTheClipboard() {
        NavigatorActions.menu(NavigatorDriver.item(connection), "Copy Name");
        Ui.waitUntil("the connection name on the clipboard", () -> connection.equals(NavigatorActions.clipboard()));

        NavigatorActions.menu(NavigatorDriver.item(connection, "main", "Tables", "orders"), "Copy Name");
        Ui.waitUntil("the table name on the clipboard", () -> "main.orders".equals(NavigatorActions.clipboard()));
    }

    @Test
    void openDataOpensTheTableEditor() {
        boolean handled = Ui.sync(() -> {
            Command command = PlatformUI.getWorkbench().getService(ICommandService.class)
                    .getCommand(VelocityCommands.OPEN_TABLE);
            return command.isHandled();
        });
        Assumptions.assumeTrue(handled, "no bundle handles " + VelocityCommands.OPEN_TABLE + " yet");
        NavigatorActions.menu(NavigatorDriver.item(connection, "main", "Tables", "orders"), "Open Data");
        IEditorReference editor = Ui.waitFor("an editor on orders", () -> Arrays.stream(Ui.page().getEditorReferences())
                .filter(e -> e.getTitle().contains("orders")).findFirst().orElse(null));
        Ui.screenshot("navigator-open-data");
        Ui.run(() -> Ui.page().closeEditors(new IEditorReference[] { editor }, false));
    }
}
