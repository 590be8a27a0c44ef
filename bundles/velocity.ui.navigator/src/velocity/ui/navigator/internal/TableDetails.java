package velocity.ui.navigator.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.PrimaryKeyInfo;
import velocity.core.metadata.TableSchema;
import velocity.ui.VelocityImages;

/** Turns a table's structure into the Columns, Keys, Foreign keys and Indexes folders. */
final class TableDetails {

    private TableDetails() {
    }

    static List<Node> folders(TableNode table, TableSchema schema, boolean view) {
        Node columns = new FixedFolderNode(table, "Columns",
                folder -> schema.columns().stream().map(c -> column(folder, c)).toList());
        if (view) {
            return List.of(columns);
        }
        PrimaryKeyInfo pk = schema.primaryKey();
        Node keys = new FixedFolderNode(table, "Keys",
                folder -> pk == null ? List.of() : List.of(primaryKey(folder, pk)));
        Node foreignKeys = new FixedFolderNode(table, "Foreign keys",
                folder -> schema.foreignKeys().stream().map(f -> foreignKey(folder, f)).toList());
        Node indexes = new FixedFolderNode(table, "Indexes",
                folder -> schema.indexes().stream().map(i -> index(folder, i)).toList());
        return List.of(columns, keys, foreignKeys, indexes);
    }

    private static Node column(Node folder, ColumnInfo c) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Name", c.name());
        p.put("Position", Integer.toString(c.position()));
        p.put("Type", c.typeName());
        p.put("Nullable", c.nullable() ? "yes" : "no");
        p.put("Default", c.defaultValue());
        p.put("Auto increment", c.autoIncrement() ? "yes" : "no");
        p.put("Generated", c.generated() ? "yes" : "no");
        p.put("Comment", c.comment());
        String suffix = c.typeName() + (c.nullable() ? "" : " not null");
        return new DetailNode(folder, c.name(), suffix, VelocityImages.COLUMN, p);
    }

    private static Node primaryKey(Node folder, PrimaryKeyInfo pk) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Name", pk.name());
        p.put("Columns", String.join(", ", pk.columns()));
        String label = pk.name() == null ? "PRIMARY KEY" : pk.name();
        return new DetailNode(folder, label, "(" + String.join(", ", pk.columns()) + ")", VelocityImages.KEY, p);
    }

    private static Node foreignKey(Node folder, ForeignKeyInfo f) {
        String target = (f.referencedSchema() == null ? "" : f.referencedSchema() + ".") + f.referencedTable()
                + "(" + String.join(", ", f.referencedColumns()) + ")";
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Name", f.name());
        p.put("Columns", String.join(", ", f.columns()));
        p.put("References", target);
        p.put("On update", f.onUpdate());
        p.put("On delete", f.onDelete());
        String label = f.name() == null ? "FOREIGN KEY" : f.name();
        return new DetailNode(folder, label, "(" + String.join(", ", f.columns()) + ") \u2192 " + target,
                VelocityImages.FOREIGN_KEY, p);
    }

    private static Node index(Node folder, IndexInfo i) {
        List<String> parts = i.columns().stream().map(c -> c.name() + (c.descending() ? " desc" : "")).toList();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Name", i.name());
        p.put("Unique", i.unique() ? "yes" : "no");
        p.put("Primary key", i.primary() ? "yes" : "no");
        p.put("Columns", String.join(", ", parts));
        String suffix = (i.unique() ? "unique " : "") + "(" + String.join(", ", parts) + ")";
        return new DetailNode(folder, i.name(), suffix, VelocityImages.INDEX, p);
    }
}
