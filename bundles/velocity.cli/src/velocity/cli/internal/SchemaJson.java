package velocity.cli.internal;

import java.io.IOException;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.TableSchema;

/**
 * A table's structure as one JSON object. Keys are spelt out here rather than derived from the records'
 * components, so renaming a field in the core does not change what scripts read.
 */
final class SchemaJson {

    private SchemaJson() {
    }

    static String json(TableSchema schema) {
        return JsonValues.json(w -> {
            w.beginObject();
            w.name("schema").value(schema.table().schema());
            w.name("name").value(schema.table().name());
            w.name("kind").value(TablesCommand.kind(schema.table().kind()));
            w.name("comment").value(schema.table().comment());
            w.name("row_estimate");
            JsonValues.write(w, schema.table().rowEstimate() < 0 ? null : schema.table().rowEstimate());
            w.name("columns").beginArray();
            for (ColumnInfo c : schema.columns()) {
                column(w, c);
            }
            w.endArray();
            w.name("primary_key");
            if (schema.primaryKey() == null) {
                w.nullValue();
            } else {
                w.beginObject().name("name").value(schema.primaryKey().name());
                strings(w.name("columns"), schema.primaryKey().columns());
                w.endObject();
            }
            w.name("foreign_keys").beginArray();
            for (ForeignKeyInfo fk : schema.foreignKeys()) {
                w.beginObject().name("name").value(fk.name());
                strings(w.name("columns"), fk.columns());
                w.name("referenced_schema").value(fk.referencedSchema());
                w.name("referenced_table").value(fk.referencedTable());
                strings(w.name("referenced_columns"), fk.referencedColumns());
                w.name("on_update").value(fk.onUpdate()).name("on_delete").value(fk.onDelete()).endObject();
            }
            w.endArray();
            w.name("indexes").beginArray();
            for (IndexInfo index : schema.indexes()) {
                w.beginObject().name("name").value(index.name()).name("unique").value(index.unique())
                        .name("primary").value(index.primary()).name("columns").beginArray();
                for (IndexInfo.IndexColumn c : index.columns()) {
                    w.beginObject().name("name").value(c.name()).name("descending").value(c.descending()).endObject();
                }
                w.endArray().endObject();
            }
            w.endArray();
            w.endObject();
        }, true);
    }

    private static void column(JsonWriter w, ColumnInfo c) throws IOException {
        w.beginObject();
        w.name("name").value(c.name()).name("position").value(c.position());
        w.name("type").value(c.typeName()).name("jdbc_type").value(c.jdbcType());
        w.name("length");
        JsonValues.write(w, c.length() < 0 ? null : c.length());
        w.name("precision");
        JsonValues.write(w, c.precision() < 0 ? null : c.precision());
        w.name("scale");
        JsonValues.write(w, c.scale() < 0 ? null : c.scale());
        w.name("nullable").value(c.nullable()).name("default").value(c.defaultValue());
        w.name("auto_increment").value(c.autoIncrement()).name("generated").value(c.generated());
        w.name("comment").value(c.comment());
        w.endObject();
    }

    private static void strings(JsonWriter w, List<String> values) throws IOException {
        w.beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }
}
