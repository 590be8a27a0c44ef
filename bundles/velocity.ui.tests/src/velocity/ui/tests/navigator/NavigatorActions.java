package velocity.ui.tests.navigator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import velocity.core.ConnectionSettings;
import velocity.core.VelocityException;
import velocity.ui.Connections;
import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/** The navigator's context menu, its dialogs, the clipboard and the Properties view, driven as a user does. */
public final class NavigatorActions {

    private static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";

    private NavigatorActions() {
    }

    /** Saves a connection without the wizard and tells the workbench, as the wizard does. */
    static void save(ConnectionSettings settings, char[] password) throws VelocityException {
        VelocityUi.velocity().connections().save(settings, password);
        VelocityUi.connections().fire(settings.name(), Connections.Change.SAVED);
    }

    /** An item's whole text: its label and, after two spaces, its greyed suffix. */
    static String text(TreeItem item) {
        return Ui.sync(item::getText);
    }

    /** The text of the top-level item of a connection, or {@code null} when the tree has none. */
    static String connectionText(String name) {
        return Ui.sync(() -> Arrays.stream(NavigatorDriver.tree().getItems()).map(TreeItem::getText)
                .filter(t -> t.equals(name) || t.startsWith(name + "  ")).findFirst().orElse(null));
    }

    /**
     * Selects the item, opens the tree's context menu and returns the text of the enabled entry with that label
     * (with its key binding after a tab, if any), waiting until the entry is there and enabled.
     */
    static String menuText(TreeItem item, String label) {
        NavigatorDriver.select(item);
        return Ui.waitFor("the enabled context menu entry '" + label + "'", () -> {
            MenuItem entry = entry(label);
            return entry != null && entry.isEnabled() ? entry.getText() : null;
        });
    }

    /**
     * Chooses an entry of the item's context menu. The command runs after this returns, so that a dialog it opens
     * does not block the test.
     */
    public static void menu(TreeItem item, String label) {
        menuText(item, label);
        Ui.display().asyncExec(() -> {
            MenuItem entry = entry(label);
            Event event = new Event();
            event.widget = entry;
            entry.notifyListeners(SWT.Selection, event);
            entry.getParent().notifyListeners(SWT.Hide, new Event());
        });
    }

    /** Whether the context menu of the selection has an entry, enabled or not. */
    static boolean hasEntry(String label) {
        return Ui.sync(() -> entry(label) != null);
    }

    private static MenuItem entry(String label) {
        Menu menu = NavigatorDriver.tree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        return Arrays.stream(menu.getItems()).filter(m -> m.getText().split("\t")[0].replace("&", "").equals(label))
                .findFirst().orElse(null);
    }

    /** Presses a named dialog button once it is enabled; later, so that a dialog it opens does not block. */
    static void pressLater(String button) {
        Ui.waitUntil("the button '" + button + "' enabled", () -> {
            Button b = Ui.find(Button.class, button);
            return b != null && b.isEnabled();
        });
        Ui.display().asyncExec(() -> Ui.click(Ui.find(Button.class, button)));
    }

    /** Presses a named dialog button and waits until its dialog has closed. */
    public static void press(String button) {
        Shell shell = Ui.sync(() -> Ui.find(Button.class, button).getShell());
        pressLater(button);
        Ui.waitUntil("the dialog of '" + button + "' closed", shell::isDisposed);
    }

    /** The text on the clipboard. */
    static String clipboard() {
        return Ui.sync(() -> {
            Clipboard clipboard = new Clipboard(Ui.display());
            try {
                return (String) clipboard.getContents(TextTransfer.getInstance());
            } finally {
                clipboard.dispose();
            }
        });
    }

    /**
     * Selects the item and reads what the Properties view shows for it, by property name, once the view shows
     * the property {@code key} with the value {@code value}.
     */
    static Map<String, String> properties(TreeItem item, String key, String value) {
        Ui.run(() -> {
            try {
                Ui.page().showView(PROPERTIES_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        NavigatorDriver.select(item);
        return Ui.waitFor("the Properties view showing " + key + " " + value, () -> {
            Tree tree = propertiesTree();
            if (tree == null) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (TreeItem row : tree.getItems()) {
                values.put(row.getText(0), row.getText(1));
            }
            return value.equals(values.get(key)) ? values : null;
        });
    }

    /** The Properties view's table: a tree with the columns Property and Value. */
    private static Tree propertiesTree() {
        for (Shell shell : Ui.display().getShells()) {
            Tree tree = find(shell);
            if (tree != null) {
                return tree;
            }
        }
        return null;
    }

    private static Tree find(Control control) {
        if (control instanceof Tree tree && tree.isVisible() && tree.getColumnCount() == 2
                && "Property".equals(tree.getColumn(0).getText())) {
            return tree;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Tree found = find(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
