package velocity.ui.navigator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableRef;
import velocity.ui.VelocityUi;
import velocity.ui.navigator.FolderContent;
import velocity.ui.navigator.NavigatorContext;
import velocity.ui.navigator.NavigatorItem;
import velocity.ui.navigator.ParentKind;

/** A folder contributed through {@code velocity.ui.navigator}. */
final class ContributedFolderNode extends Node {

    private final FolderDescriptor descriptor;

    private ContributedFolderNode(Node parent, FolderDescriptor descriptor) {
        super(parent);
        this.descriptor = descriptor;
    }

    /** The contributed folders for a node. */
    static List<Node> under(Node parent, ParentKind kind, String dialectId) {
        return FolderRegistry.folders(kind, dialectId).stream()
                .map(d -> (Node) new ContributedFolderNode(parent, d)).toList();
    }

    @Override
    public String label() {
        return descriptor.name();
    }

    @Override
    public Image image(ResourceManager resources) {
        ImageDescriptor icon = descriptor.icon();
        return icon == null ? super.image(resources) : resources.create(icon);
    }

    @Override
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        return items(this, descriptor.content(), connection, monitor);
    }

    @Override
    protected Map<String, String> properties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Name", descriptor.name());
        map.put("Contributed by", descriptor.contributor());
        return map;
    }

    /** Runs a folder's content for a node and wraps the items. */
    static List<Node> items(Node node, FolderContent content, ActiveConnection connection, Monitor monitor)
            throws VelocityException {
        return content.children(context(node, connection), monitor).stream()
                .map(item -> (Node) new ItemNode(node, item)).toList();
    }

    private static NavigatorContext context(Node node, ActiveConnection connection) {
        SchemaNode schema = node.ancestor(SchemaNode.class);
        DatabaseNode database = node.ancestor(DatabaseNode.class);
        TableNode table = node.ancestor(TableNode.class);
        String databaseName = database != null ? database.name() : schema != null ? schema.database() : null;
        TableRef ref = table == null ? null : table.info().ref();
        return new NavigatorContext(connection, databaseName, schema == null ? null : schema.name(), ref);
    }

    /** One contributed item. */
    static final class ItemNode extends Node {

        private final NavigatorItem item;

        ItemNode(Node parent, NavigatorItem item) {
            super(parent);
            this.item = item;
        }

        @Override
        public String label() {
            return item.label();
        }

        @Override
        public String suffix() {
            return item.description();
        }

        @Override
        public Image image(ResourceManager resources) {
            if (item.icon() != null) {
                return resources.create(item.icon());
            }
            return item.iconKey() != null ? VelocityUi.image(item.iconKey()) : super.image(resources);
        }

        @Override
        public boolean isLeaf() {
            return item.isLeaf();
        }

        @Override
        protected List<Node> fixedChildren() {
            return item.isLeaf() ? List.of() : null;
        }

        @Override
        protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
            return items(this, item.children(), connection, monitor);
        }

        @Override
        protected Map<String, String> properties() {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("Name", item.label());
            if (item.description() != null) {
                map.put("Description", item.description());
            }
            map.putAll(item.properties());
            return map;
        }
    }
}
