package velocity.ui.editors.internal;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

import velocity.ui.editors.TableEditorInput;

/** Restores table editors' inputs when the workbench starts again. */
public final class TableEditorInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        return TableEditorInput.restore(memento);
    }
}
