package velocity.ui.editors.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * The one question asked before pending row changes could be lost: apply them, discard them, or cancel what
 * was about to happen. The dialog's title is {@value #TITLE}; its buttons read Apply, Discard and Cancel.
 */
public final class PendingEditsPrompt {

    /** The dialog's title, by which tests find it. */
    public static final String TITLE = "Pending Changes";

    /** The answer. */
    public enum Answer { APPLY, DISCARD, CANCEL }

    private PendingEditsPrompt() {
    }

    /**
     * Asks the user, in a modal dialog.
     *
     * @param what what is about to happen, e.g. "Going to the next page"
     * @param count how many changes are pending
     */
    public static Answer ask(Shell shell, String table, String what, int count) {
        String message = table + " has " + (count == 1 ? "1 change" : count + " changes") + " not yet applied. "
                + what + " would lose " + (count == 1 ? "it" : "them") + ".\n\nApply the changes first, discard them, "
                + "or cancel?";
        MessageDialog dialog = new MessageDialog(shell, TITLE, null, message, MessageDialog.QUESTION, 0, "&Apply",
                "&Discard", "Cancel");
        return switch (dialog.open()) {
            case 0 -> Answer.APPLY;
            case 1 -> Answer.DISCARD;
            default -> Answer.CANCEL;
        };
    }
}
