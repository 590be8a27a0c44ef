package velocity.ui.sql.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.sql.SqlEditors;

/**
 * A script file as an editor input. It persists as the file's path, so the workbench reopens the editor
 * after a restart (see {@link ScriptInputFactory}); the bound connection is read from beside the file.
 */
final class ScriptEditorInput implements IPathEditorInput, IPersistableElement {

    static final String PATH_KEY = "path";

    private final Path script;

    ScriptEditorInput(Path script) {
        this.script = script.toAbsolutePath().normalize();
    }

    Path script() {
        return script;
    }

    @Override
    public IPath getPath() {
        return IPath.fromPath(script);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return VelocityUi.imageDescriptor(VelocityImages.SQL);
    }

    @Override
    public String getName() {
        return script.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return script.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(this) ? adapter.cast(this) : null;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(PATH_KEY, script.toString());
    }

    @Override
    public String getFactoryId() {
        return SqlEditors.INPUT_FACTORY_ID;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScriptEditorInput other && other.script.equals(script);
    }

    @Override
    public int hashCode() {
        return Objects.hash(script);
    }
}
