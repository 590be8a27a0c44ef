package velocity.ui.tests.editors;

import org.eclipse.swt.widgets.Shell;

import velocity.ui.tests.support.Ui;

/** Screenshots that show what the widgets hold now, not the last frame GTK happened to paint. */
final class Shots {

    private Shots() {
    }

    static void take(String name) {
        Ui.settle();
        Ui.run(() -> {
            for (Shell shell : Ui.display().getShells()) {
                if (shell.isVisible()) {
                    shell.layout(true, true);
                    shell.redraw();
                    shell.update();
                }
            }
        });
        Ui.settle();
        Ui.screenshot(name);
    }
}
