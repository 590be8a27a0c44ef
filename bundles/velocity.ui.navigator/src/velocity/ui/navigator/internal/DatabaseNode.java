package velocity.ui.navigator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import velocity.core.metadata.DatabaseInfo;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.navigator.ParentKind;

/** A database with schemas of its own (PostgreSQL); only the current one lists them. */
public final class DatabaseNode extends Node {

    private final DatabaseInfo info;

    DatabaseNode(ConnectionNode parent, DatabaseInfo info) {
        super(parent);
        this.info = info;
    }

    public String name() {
        return info.name();
    }

    @Override
    public String label() {
        return info.name();
    }

    @Override
    public String suffix() {
        return info.current() ? null : "connect to it to browse";
    }

    @Override
    public Image image(ResourceManager resources) {
        return VelocityUi.image(VelocityImages.DATABASE);
    }

    @Override
    public boolean isLeaf() {
        return !info.current();
    }

    @Override
    protected List<Node> fixedChildren() {
        List<Node> nodes = new ArrayList<>();
        for (String schema : info.schemas()) {
            nodes.add(new SchemaNode(this, info.name(), schema));
        }
        nodes.addAll(ContributedFolderNode.under(this, ParentKind.DATABASE, connectionNode().settings().dialect()));
        return nodes;
    }

    @Override
    protected Map<String, String> properties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Database", info.name());
        map.put("Current", info.current() ? "yes" : "no");
        map.put("Schemas", Integer.toString(info.schemas().size()));
        return map;
    }
}
