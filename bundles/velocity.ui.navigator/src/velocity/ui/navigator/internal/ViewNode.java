package velocity.ui.navigator.internal;

import java.util.Map;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.metadata.ViewInfo;
import velocity.core.operations.VelocityOperation;

/** A view, listed with its definition, which it shows without asking the database again. */
public final class ViewNode extends TableNode implements SourceNode {

    private final ViewInfo view;

    ViewNode(Node parent, ViewInfo view) {
        super(parent, view.table());
        this.view = view;
    }

    public String definition() {
        return view.definition();
    }

    @Override
    public String sourceTitle() {
        return "View " + view.schema() + "." + view.name();
    }

    @Override
    public VelocityOperation<String> readSource(ActiveConnection connection) {
        return new VelocityOperation<>() {
            @Override
            public String label() {
                return "Showing the definition of " + view.name();
            }

            @Override
            public String run(Monitor monitor) {
                return view.definition();
            }
        };
    }

    @Override
    protected Map<String, String> properties() {
        Map<String, String> map = super.properties();
        map.put("Definition", view.definition());
        return map;
    }
}
