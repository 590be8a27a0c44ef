package velocity.ui.editors;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import velocity.core.metadata.TableRef;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;

/**
 * Names a table or view on a saved connection for the table editor. It persists its three names, so the
 * workbench reopens the editor after a restart (connecting again when the editor is first shown).
 */
public final class TableEditorInput implements IEditorInput, IPersistableElement {

    /** The table editor's id. */
    public static final String EDITOR_ID = "velocity.ui.editors.table";

    /** The id of the element factory that restores inputs. */
    public static final String FACTORY_ID = "velocity.ui.editors.tableInputFactory";

    static final String KEY_CONNECTION = "connection";
    static final String KEY_SCHEMA = "schema";
    static final String KEY_TABLE = "table";

    private final String connectionName;
    private final TableRef table;

    /**
     * @param connectionName a saved connection's name
     * @param table the table or view; a {@code null} schema means the connection's default schema
     */
    public TableEditorInput(String connectionName, TableRef table) {
        this.connectionName = Objects.requireNonNull(connectionName, "connectionName");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Restores an input from what {@link #saveState} wrote, or {@code null} when it is incomplete. */
    public static TableEditorInput restore(IMemento memento) {
        String connection = memento.getString(KEY_CONNECTION);
        String name = memento.getString(KEY_TABLE);
        if (connection == null || name == null) {
            return null;
        }
        return new TableEditorInput(connection, new TableRef(memento.getString(KEY_SCHEMA), name));
    }

    /** The saved connection's name. */
    public String connectionName() {
        return connectionName;
    }

    /** The table or view, as it was asked for. */
    public TableRef table() {
        return table;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return VelocityUi.imageDescriptor(VelocityImages.TABLE);
    }

    @Override
    public String getName() {
        return table.name();
    }

    @Override
    public String getToolTipText() {
        return table + " on '" + connectionName + "'";
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getFactoryId() {
        return FACTORY_ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_CONNECTION, connectionName);
        if (table.schema() != null) {
            memento.putString(KEY_SCHEMA, table.schema());
        }
        memento.putString(KEY_TABLE, table.name());
    }

    @Override
    public <A> A getAdapter(Class<A> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableEditorInput other && connectionName.equals(other.connectionName)
                && table.equals(other.table);
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectionName, table);
    }
}
