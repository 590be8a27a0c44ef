package velocity.ui.navigator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import velocity.core.metadata.TableKind;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.navigator.ParentKind;

/** A schema: folders of tables, views and functions, then contributed folders. */
public final class SchemaNode extends Node {

    private static final Set<TableKind> TABLES = Set.of(TableKind.TABLE, TableKind.PARTITIONED_TABLE,
            TableKind.FOREIGN_TABLE, TableKind.SYSTEM_TABLE);

    private final String database;
    private final String name;

    SchemaNode(Node parent, String database, String name) {
        super(parent);
        this.database = database;
        this.name = name;
    }

    public String database() {
        return database;
    }

    public String name() {
        return name;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public Image image(ResourceManager resources) {
        return VelocityUi.image(VelocityImages.DATABASE);
    }

    @Override
    protected List<Node> fixedChildren() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new TablesFolderNode(this, "Tables", TABLES));
        nodes.add(new ViewsFolderNode(this));
        nodes.add(new FunctionsFolderNode(this));
        nodes.addAll(ContributedFolderNode.under(this, ParentKind.SCHEMA, connectionNode().settings().dialect()));
        return nodes;
    }

    @Override
    protected Map<String, String> properties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Schema", name);
        map.put("Database", database);
        return map;
    }
}
