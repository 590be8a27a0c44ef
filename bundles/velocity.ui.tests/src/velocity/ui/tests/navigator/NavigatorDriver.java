package velocity.ui.tests.navigator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.DialectDescriptor;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.operations.DeleteConnectionOperation;
import velocity.ui.Connections;
import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/** Drives the connection wizard and the navigator tree the way a user does. */
public final class NavigatorDriver {

    /** Between a node's label and its greyed suffix in an item's text. */
    private static final String SUFFIX_SEPARATOR = "  ";

    private NavigatorDriver() {
    }

    static void showNavigator() {
        Ui.run(() -> {
            try {
                Ui.page().showView(VelocityUi.NAVIGATOR_VIEW_ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Ui.waitFor(Tree.class, "navigator.tree");
    }

    /** Opens the New Connection wizard through its command; the dialog's loop must not run inside a sync call. */
    static void openWizard() {
        Ui.display().asyncExec(() -> VelocityCommands.execute(VelocityCommands.NEW_CONNECTION, Map.of()));
        Ui.waitFor(Table.class, "wizard.dialect");
    }

    static void selectDialect(String id) {
        Ui.run(() -> {
            Table table = Ui.find(Table.class, "wizard.dialect");
            TableItem[] items = table.getItems();
            for (int i = 0; i < items.length; i++) {
                if (((DialectDescriptor) items[i].getData()).id().equals(id)) {
                    table.setSelection(i);
                    Event event = new Event();
                    event.item = items[i];
                    table.notifyListeners(SWT.Selection, event);
                    return;
                }
            }
            throw new AssertionError("No dialect " + id + " in the wizard");
        });
    }

    static void type(String widget, String text) {
        Ui.run(() -> Ui.find(Text.class, widget).setText(text));
    }

    static void click(String widget) {
        Ui.run(() -> Ui.click(Ui.find(Button.class, widget)));
    }

    /** Clicks Test Connection and returns the outcome once the test has finished. */
    static String testConnection() {
        click("wizard.test");
        return Ui.waitFor("the connection test's outcome", () -> {
            String text = Ui.find(Text.class, "wizard.testResult").getText();
            return text.isEmpty() || text.startsWith("Testing") ? null : text;
        });
    }

    static void finish(String connectionName) {
        Ui.waitUntil("Finish enabled", () -> Ui.find(Button.class, "wizard.finish").isEnabled());
        click("wizard.finish");
        Ui.waitUntil("the wizard closed", () -> Ui.find(Table.class, "wizard.dialect") == null);
        item(connectionName);
    }

    /** Closes a wizard a failed test left open. */
    static void closeWizard() {
        Ui.run(() -> {
            Table dialects = Ui.find(Table.class, "wizard.dialect");
            if (dialects != null) {
                Shell shell = dialects.getShell();
                shell.close();
            }
        });
    }

    /** Waits for the item at a path of labels, expanding every item above it. */
    public static TreeItem item(String... path) {
        TreeItem item = null;
        for (int i = 0; i < path.length; i++) {
            TreeItem parent = item;
            String label = path[i];
            String where = String.join(" / ", Arrays.copyOf(path, i + 1));
            if (parent != null) {
                expand(parent);
            }
            item = Ui.waitFor("the navigator item " + where, () -> {
                TreeItem[] items = parent == null ? tree().getItems() : parent.getItems();
                return Arrays.stream(items).filter(t -> label(t).equals(label)).findFirst().orElse(null);
            });
        }
        return item;
    }

    /** Expands an item and waits until its children are read. */
    static void expand(TreeItem item) {
        Ui.run(() -> {
            if (!item.getExpanded()) {
                Event event = new Event();
                event.item = item;
                tree().notifyListeners(SWT.Expand, event);
                item.setExpanded(true);
            }
        });
        Ui.waitUntil("the children of " + Ui.sync(() -> label(item)), () -> Arrays.stream(item.getItems())
                .noneMatch(t -> t.getData() == null || label(t).equals("Loading...") || label(t).equals("Connecting...")));
    }

    /** Selects an item as a click does, so that the Properties view follows. */
    static void select(TreeItem item) {
        Ui.run(() -> {
            Ui.page().activate(Ui.page().findView(VelocityUi.NAVIGATOR_VIEW_ID));
            tree().setSelection(item);
            Event event = new Event();
            event.item = item;
            tree().notifyListeners(SWT.Selection, event);
        });
    }

    /** The labels of an item's children, without their greyed suffixes. */
    static List<String> children(TreeItem item) {
        return Ui.sync(() -> Arrays.stream(item.getItems()).map(NavigatorDriver::label).toList());
    }

    static Tree tree() {
        return Ui.find(Tree.class, "navigator.tree");
    }

    private static String label(TreeItem item) {
        String text = item.getText();
        int suffix = text.indexOf(SUFFIX_SEPARATOR);
        return suffix < 0 ? text : text.substring(0, suffix);
    }

    /** Runs statements on a connection of its own, closed afterwards. */
    static void execute(ConnectionSettings settings, char[] password, String... statements) throws VelocityException {
        ActiveConnection connection = VelocityUi.velocity().manager().connect(settings, password, Monitor.create());
        try {
            connection.withSession(Monitor.create(), "Preparing the test objects", false, session -> {
                try (Statement statement = session.connection().createStatement()) {
                    for (String sql : statements) {
                        statement.execute(sql);
                    }
                }
                return null;
            });
        } finally {
            VelocityUi.velocity().manager().disconnect(settings.name());
        }
    }

    /** Deletes a saved connection the test made and tells the workbench. */
    static void deleteConnection(String name) throws VelocityException {
        if (VelocityUi.velocity().connections().find(name).isPresent()) {
            new DeleteConnectionOperation(VelocityUi.velocity().connections(), VelocityUi.velocity().manager(), name)
                    .run(Monitor.create());
            VelocityUi.connections().fire(name, Connections.Change.DELETED);
        }
        assertTrue(VelocityUi.velocity().connections().find(name).isEmpty());
    }
}
