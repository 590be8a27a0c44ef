package velocity.ui.editors.internal.tabs;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.TableSchema;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.editors.EditorTab;
import velocity.ui.editors.EditorTabContext;

/** The Columns tab: name, type, nullability, default, whether the database fills it, and comment. */
public final class ColumnsTab implements EditorTab {

    @Override
    public Control create(Composite parent, EditorTabContext context) {
        Table table = SchemaTable.create(parent, "table.columns", "Name", "Type", "Nullable", "Default", "Auto",
                "Comment");
        context.whenSchemaLoaded(schema -> SchemaTable.fill(table, lines(schema), "No columns"));
        return table;
    }

    private static List<SchemaTable.Line> lines(TableSchema schema) {
        List<String> key = schema.primaryKey() == null ? List.of() : schema.primaryKey().columns();
        return schema.columns().stream().map(c -> new SchemaTable.Line(
                VelocityUi.image(key.contains(c.name()) ? VelocityImages.KEY : VelocityImages.COLUMN), c.name(),
                c.typeName(), c.nullable() ? "yes" : "no", SchemaTable.text(c.defaultValue()), auto(c),
                SchemaTable.text(c.comment()))).toList();
    }

    private static String auto(ColumnInfo c) {
        return c.generated() ? "generated" : c.autoIncrement() ? "yes" : "";
    }
}
