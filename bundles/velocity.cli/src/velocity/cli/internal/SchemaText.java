package velocity.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.TableSchema;

/** A table's structure as text sections, for {@code velocity schema}. */
final class SchemaText {

    private SchemaText() {
    }

    static void print(PrintStream out, TableSchema schema) {
        out.println(schema.table().ref() + " (" + TablesCommand.kind(schema.table().kind()) + ")"
                + (schema.table().comment() == null ? "" : ": " + schema.table().comment()));
        out.println();
        out.println("Columns");
        columns(new TableFormatter(out, ""), schema);
        out.println();
        out.println("Primary key");
        out.println(schema.primaryKey() == null ? "(none)"
                : named(schema.primaryKey().name()) + "(" + String.join(", ", schema.primaryKey().columns()) + ")");
        out.println();
        out.println("Foreign keys");
        if (schema.foreignKeys().isEmpty()) {
            out.println("(none)");
        }
        for (ForeignKeyInfo fk : schema.foreignKeys()) {
            String target = fk.referencedSchema() == null ? fk.referencedTable()
                    : fk.referencedSchema() + "." + fk.referencedTable();
            out.println(named(fk.name()) + "(" + String.join(", ", fk.columns()) + ") -> " + target + "("
                    + String.join(", ", fk.referencedColumns()) + ") ON UPDATE " + fk.onUpdate() + " ON DELETE "
                    + fk.onDelete());
        }
        out.println();
        out.println("Indexes");
        if (schema.indexes().isEmpty()) {
            out.println("(none)");
        } else {
            indexes(new TableFormatter(out, ""), schema);
        }
    }

    /** The Columns section through any formatter. */
    static void columns(Formatter formatter, TableSchema schema) {
        List<Object[]> rows = new ArrayList<>();
        for (ColumnInfo c : schema.columns()) {
            String auto = c.autoIncrement() ? "auto increment" : c.generated() ? "generated" : null;
            rows.add(new Object[] { c.name(), c.typeName(), c.nullable() ? "yes" : "no", c.defaultValue(), auto,
                    c.comment() });
        }
        formatter.table(List.of("name", "type", "nullable", "default", "auto", "comment"), rows);
    }

    private static void indexes(Formatter formatter, TableSchema schema) {
        List<Object[]> rows = new ArrayList<>();
        for (IndexInfo index : schema.indexes()) {
            List<String> parts = index.columns().stream()
                    .map(c -> c.descending() ? c.name() + " DESC" : c.name()).toList();
            rows.add(new Object[] { index.name(), index.primary() ? "primary" : index.unique() ? "yes" : "no",
                    String.join(", ", parts) });
        }
        formatter.table(List.of("name", "unique", "columns"), rows);
    }

    private static String named(String constraint) {
        return constraint == null ? "" : constraint + " ";
    }
}
