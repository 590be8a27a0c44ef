package velocity.ui.sql.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Enter: runs the statement under the caret, or the selection, of the active SQL editor. */
public final class RunStatementHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof SqlEditor editor) {
            editor.runStatement();
        }
        return null;
    }
}
