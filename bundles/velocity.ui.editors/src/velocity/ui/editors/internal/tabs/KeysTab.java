package velocity.ui.editors.internal.tabs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.TableSchema;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.editors.EditorTab;
import velocity.ui.editors.EditorTabContext;

/** The Keys tab: the primary key, then the unique keys (the unique indexes that do not back it). */
public final class KeysTab implements EditorTab {

    @Override
    public Control create(Composite parent, EditorTabContext context) {
        Table table = SchemaTable.create(parent, "table.keys", "Kind", "Name", "Columns");
        context.whenSchemaLoaded(schema -> SchemaTable.fill(table, lines(schema), "No primary or unique key"));
        return table;
    }

    private static List<SchemaTable.Line> lines(TableSchema schema) {
        List<SchemaTable.Line> lines = new ArrayList<>();
        if (schema.primaryKey() != null) {
            lines.add(new SchemaTable.Line(VelocityUi.image(VelocityImages.KEY), "PRIMARY KEY",
                    SchemaTable.text(schema.primaryKey().name()), String.join(", ", schema.primaryKey().columns())));
        }
        for (IndexInfo index : schema.indexes()) {
            if (index.unique() && !index.primary()) {
                lines.add(new SchemaTable.Line(VelocityUi.image(VelocityImages.KEY), "UNIQUE", index.name(),
                        IndexesTab.columns(index)));
            }
        }
        return lines;
    }
}
