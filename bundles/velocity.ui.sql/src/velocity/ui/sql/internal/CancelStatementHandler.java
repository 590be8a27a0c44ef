package velocity.ui.sql.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Escape: cancels the statement running in the active SQL editor, on the server. */
public final class CancelStatementHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof SqlEditor editor) {
            editor.cancel();
        }
        return null;
    }
}
