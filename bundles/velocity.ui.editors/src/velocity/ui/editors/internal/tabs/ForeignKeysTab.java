package velocity.ui.editors.internal.tabs;


import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

import velocity.core.metadata.ForeignKeyInfo;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.editors.EditorTab;
import velocity.ui.editors.EditorTabContext;

/** The Foreign Keys tab: each key's columns, what it references and its rules. */
public final class ForeignKeysTab implements EditorTab {

    @Override
    public Control create(Composite parent, EditorTabContext context) {
        Table table = SchemaTable.create(parent, "table.foreignKeys", "Name", "Columns", "References", "On Update",
                "On Delete");
        context.whenSchemaLoaded(schema -> SchemaTable.fill(table,
                schema.foreignKeys().stream().map(ForeignKeysTab::line).toList(), "No foreign keys"));
        return table;
    }

    private static SchemaTable.Line line(ForeignKeyInfo fk) {
        String target = (fk.referencedSchema() == null ? "" : fk.referencedSchema() + ".") + fk.referencedTable() + " ("
                + String.join(", ", fk.referencedColumns()) + ")";
        return new SchemaTable.Line(VelocityUi.image(VelocityImages.FOREIGN_KEY), SchemaTable.text(fk.name()),
                String.join(", ", fk.columns()), target, SchemaTable.text(fk.onUpdate()), SchemaTable.text(fk.onDelete()));
    }
}
