package velocity.ui.grid.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import velocity.ui.grid.ResultGrid;

/**
 * Edit &gt; Copy (Ctrl+C) and Copy with Header (Ctrl+Shift+C) in the result grid that has the focus: the
 * selected rows as TSV. Declared with the parameter "header" for the second.
 */
public final class CopyRowsHandler extends AbstractHandler implements IExecutableExtension {

    private boolean header;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        header = "header".equals(data);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Object control = HandlerUtil.getVariable(event, ISources.ACTIVE_FOCUS_CONTROL_NAME);
        if (control instanceof org.eclipse.swt.widgets.Control c && !c.isDisposed()
                && c.getData(ResultGrid.class.getName()) instanceof ResultGrid grid) {
            grid.copySelection(header);
        }
        return null;
    }
}
