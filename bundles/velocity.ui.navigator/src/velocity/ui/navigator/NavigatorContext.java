package velocity.ui.navigator;

import java.util.Objects;

import velocity.core.ActiveConnection;
import velocity.core.metadata.TableRef;

/**
 * Where a contributed folder sits in the navigator, handed to its {@link FolderContent}.
 *
 * @param connection the open connection the folder belongs to
 * @param database the database, or {@code null} above the database level
 * @param schema the schema, or {@code null} above the schema level
 * @param table the table or view, or {@code null} above the table level
 */
public record NavigatorContext(ActiveConnection connection, String database, String schema, TableRef table) {

    public NavigatorContext {
        Objects.requireNonNull(connection, "connection");
    }

    /** The saved connection's name, for messages. */
    public String connectionName() {
        return connection.name();
    }

    /** The id of the connection's dialect, e.g. {@code postgresql}. */
    public String dialectId() {
        return connection.descriptor().id();
    }
}
