package velocity.ui.sql.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Ctrl+Alt+Enter: runs the whole script, or the selection as a script, of the active SQL editor. */
public final class RunScriptHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof SqlEditor editor) {
            editor.runScript();
        }
        return null;
    }
}
