package velocity.ui.navigator.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

import velocity.ui.navigator.internal.wizard.ConnectionWizardDialog;

/** Handles {@code velocity.ui.commands.newConnection}: the connection wizard, empty. */
public final class NewConnectionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        ConnectionWizardDialog.open(NavigatorHandler.shell(null, event), null);
        return null;
    }
}
