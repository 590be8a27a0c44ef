package velocity.ui.navigator.internal;

/** A folder of a schema whose children are listed by one catalog query when it is expanded. */
abstract class SchemaFolderNode extends Node {

    private final String label;

    SchemaFolderNode(SchemaNode parent, String label) {
        super(parent);
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The schema the folder belongs to. */
    SchemaNode schema() {
        return (SchemaNode) parent();
    }

    @Override
    protected String loadLabel() {
        return "Listing the " + label.toLowerCase() + " of " + schema().name() + " on '" + connectionNode().name() + "'";
    }
}
