package velocity.ui.navigator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.DialectDescriptor;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.DatabaseInfo;
import velocity.core.operations.ListDatabasesOperation;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.navigator.ParentKind;

/**
 * A saved connection. Its children are its databases; where each database is its own single schema (MySQL,
 * SQLite) the schemas are shown directly, since a database level would only repeat them.
 */
public final class ConnectionNode extends Node {

    private ConnectionSettings settings;

    ConnectionNode(ConnectionSettings settings) {
        super(null);
        this.settings = settings;
    }

    public String name() {
        return settings.name();
    }

    public ConnectionSettings settings() {
        return settings;
    }

    void update(ConnectionSettings newSettings) {
        settings = newSettings;
    }

    public boolean isConnected() {
        return VelocityUi.connections().isConnected(name());
    }

    /** The dialect's descriptor, or {@code null} when it is not installed. */
    public DialectDescriptor dialect() {
        return VelocityUi.velocity().dialects().all().stream().filter(d -> d.id().equals(settings.dialect()))
                .findFirst().orElse(null);
    }

    @Override
    public String label() {
        return settings.name();
    }

    @Override
    public String suffix() {
        return isConnected() ? "connected" : null;
    }

    @Override
    public Image image(ResourceManager resources) {
        DialectDescriptor d = dialect();
        return d == null ? VelocityUi.image(VelocityImages.DATABASE) : VelocityUi.dialectImage(d);
    }

    @Override
    protected String loadLabel() {
        return "Listing the databases of '" + name() + "'";
    }

    @Override
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        List<DatabaseInfo> databases = new ListDatabasesOperation(connection).run(monitor);
        boolean flat = databases.stream().allMatch(d -> d.schemas().equals(List.of(d.name())));
        List<Node> nodes = new ArrayList<>();
        for (DatabaseInfo database : databases) {
            nodes.add(flat ? new SchemaNode(this, database.name(), database.name()) : new DatabaseNode(this, database));
        }
        nodes.addAll(ContributedFolderNode.under(this, ParentKind.CONNECTION, settings.dialect()));
        return nodes;
    }

    @Override
    protected Map<String, String> properties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Name", settings.name());
        DialectDescriptor d = dialect();
        map.put("Dialect", d == null ? settings.dialect() : d.name());
        map.put("Target", settings.describe());
        if (settings.host() != null) {
            map.put("Host", settings.host());
            map.put("Port", settings.port() > 0 ? Integer.toString(settings.port()) : "default");
        }
        map.put(d != null && d.fileBased() ? "File" : "Database", settings.database());
        map.put("User", settings.user());
        map.put("Password saved", settings.savePassword() ? "yes" : "no");
        settings.properties().forEach((k, v) -> map.put("Option " + k, v));
        map.put("State", isConnected() ? "connected" : "disconnected");
        return map;
    }
}
