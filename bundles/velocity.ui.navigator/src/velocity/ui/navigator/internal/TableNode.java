package velocity.ui.navigator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.metadata.TableRef;
import velocity.core.metadata.TableSchema;
import velocity.core.operations.GetTableSchemaOperation;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.navigator.ParentKind;

/**
 * A table or view; expanding it reads its structure once, in one call, for all its folders. A view listed with
 * its definition is a {@link ViewNode}.
 */
public class TableNode extends Node {

    private final TableInfo info;

    TableNode(Node parent, TableInfo info) {
        super(parent);
        this.info = info;
    }

    public TableInfo info() {
        return info;
    }

    public String schema() {
        return info.schema();
    }

    public String name() {
        return info.name();
    }

    public boolean isView() {
        return info.kind() == TableKind.VIEW || info.kind() == TableKind.MATERIALIZED_VIEW;
    }

    @Override
    public String label() {
        return info.name();
    }

    /** The table and its connection, for commands of other bundles (Export) that act on the selection. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == TableRef.class) {
            return adapter.cast(info.ref());
        }
        if (adapter == ConnectionSettings.class) {
            return adapter.cast(connectionNode().settings());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public Image image(ResourceManager resources) {
        return VelocityUi.image(isView() ? VelocityImages.VIEW : VelocityImages.TABLE);
    }

    @Override
    protected String loadLabel() {
        return "Reading the structure of " + info.ref() + " on '" + connectionNode().name() + "'";
    }

    @Override
    protected List<Node> load(ActiveConnection connection, Monitor monitor) throws VelocityException {
        TableSchema schema = new GetTableSchemaOperation(connection, info.ref()).run(monitor);
        List<Node> nodes = new ArrayList<>(TableDetails.folders(this, schema, isView()));
        nodes.addAll(ContributedFolderNode.under(this, ParentKind.TABLE, connectionNode().settings().dialect()));
        return nodes;
    }

    @Override
    protected Map<String, String> properties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Name", info.name());
        map.put("Schema", info.schema());
        map.put("Kind", info.kind().name().toLowerCase().replace('_', ' '));
        map.put("Estimated rows", info.rowEstimate() < 0 ? "unknown" : Long.toString(info.rowEstimate()));
        map.put("Comment", info.comment());
        return map;
    }
}
