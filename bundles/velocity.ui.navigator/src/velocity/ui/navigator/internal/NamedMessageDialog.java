package velocity.ui.navigator.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import velocity.ui.VelocityUi;

/** A question whose buttons carry stable names, so that UI tests answer it the way a user does. */
public final class NamedMessageDialog extends MessageDialog {

    private final String[] names;

    private NamedMessageDialog(Shell parent, String title, String message, int type, String[] labels,
            String[] names) {
        super(parent, title, null, message, type, 0, labels);
        this.names = names;
    }

    /**
     * Asks and returns the index of the button pressed, or -1 when the dialog was closed otherwise.
     *
     * @param buttons pairs of label and name, e.g. {@code "OK", "navigator.delete.ok"}
     */
    public static int ask(Shell parent, String title, String message, int type, String... buttons) {
        String[] labels = new String[buttons.length / 2];
        String[] names = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = buttons[2 * i];
            names[i] = buttons[2 * i + 1];
        }
        return new NamedMessageDialog(parent, title, message, type, labels, names).open();
    }

    @Override
    protected Control createButtonBar(Composite parent) {
        Control bar = super.createButtonBar(parent);
        for (int i = 0; i < names.length; i++) {
            VelocityUi.name(getButton(i), names[i]);
        }
        return bar;
    }
}
