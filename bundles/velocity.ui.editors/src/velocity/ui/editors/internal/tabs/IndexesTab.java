package velocity.ui.editors.internal.tabs;

import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

import velocity.core.metadata.IndexInfo;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.editors.EditorTab;
import velocity.ui.editors.EditorTabContext;

/** The Indexes tab: each index's uniqueness and its columns in index order. */
public final class IndexesTab implements EditorTab {

    @Override
    public Control create(Composite parent, EditorTabContext context) {
        Table table = SchemaTable.create(parent, "table.indexes", "Name", "Unique", "Columns");
        context.whenSchemaLoaded(schema -> SchemaTable.fill(table, schema.indexes().stream()
                .map(i -> new SchemaTable.Line(VelocityUi.image(VelocityImages.INDEX), i.name(),
                        i.primary() ? "primary" : i.unique() ? "yes" : "no", columns(i)))
                .toList(), "No indexes"));
        return table;
    }

    /** "a, b DESC". */
    static String columns(IndexInfo index) {
        return index.columns().stream().map(c -> c.descending() ? c.name() + " DESC" : c.name())
                .collect(Collectors.joining(", "));
    }
}
