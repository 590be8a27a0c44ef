package velocity.ui.sql.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a script's editor input from the workbench's saved state, so open scripts survive a restart. */
public final class ScriptInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(ScriptEditorInput.PATH_KEY);
        return path == null ? null : new ScriptEditorInput(Path.of(path));
    }
}
