package velocity.ui.sql.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.texteditor.BasicTextEditorActionContributor;

/**
 * Connects the SQL editor's undo, copy, paste, find and other text actions to the workbench's commands.
 * It adds nothing to the menus: Velocity's Edit menu is declared through menu contributions and has none
 * of the groups the IDE's text editor contributors insert into.
 */
public final class SqlEditorActionContributor extends BasicTextEditorActionContributor {

    @Override
    public void contributeToMenu(IMenuManager menu) {
        // The Edit menu's commands reach the editor through the global action handlers set per editor.
    }
}
