package velocity.ui.navigator.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.FunctionInfo;
import velocity.core.operations.ReadFunctionSourcesOperation;
import velocity.core.operations.VelocityOperation;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;

/**
 * A stored function, procedure or aggregate, labelled with its signature since overloads share a name. Its
 * source is read when asked for, in one query for this routine alone.
 */
public final class FunctionNode extends LeafNode implements SourceNode {

    private final FunctionInfo info;

    FunctionNode(FunctionsFolderNode parent, FunctionInfo info) {
        super(parent);
        this.info = info;
    }

    public FunctionInfo info() {
        return info;
    }

    @Override
    public String label() {
        return info.signature();
    }

    @Override
    public String sourceTitle() {
        return kind().substring(0, 1).toUpperCase(Locale.ROOT) + kind().substring(1) + " " + info.schema() + "."
                + info.signature();
    }

    @Override
    public VelocityOperation<String> readSource(ActiveConnection connection) {
        ReadFunctionSourcesOperation read = new ReadFunctionSourcesOperation(connection, info);
        return new VelocityOperation<>() {
            @Override
            public String label() {
                return read.label();
            }

            @Override
            public String run(Monitor monitor) throws VelocityException {
                return read.run(monitor).get(info.signature());
            }
        };
    }

    @Override
    public String suffix() {
        String kind = kind();
        return info.returnType() == null ? kind : kind + " returns " + info.returnType();
    }

    private String kind() {
        return info.kind().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Image image(ResourceManager resources) {
        return VelocityUi.image(VelocityImages.FUNCTION);
    }

    @Override
    protected Map<String, String> properties() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("Name", info.name());
        map.put("Signature", info.signature());
        map.put("Schema", info.schema());
        map.put("Kind", kind());
        map.put("Arguments", info.arguments().isEmpty() ? "none" : info.arguments());
        map.put("Returns", info.returnType());
        map.put("Language", info.language());
        map.put("Comment", info.comment());
        return map;
    }
}
