package velocity.core.metadata;

import java.util.List;

/**
 * A foreign key.
 *
 * @param name the constraint name, or {@code null} when the database gives none
 * @param columns the referencing columns, in key order
 * @param referencedSchema the schema of the referenced table
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one to one
 * @param onUpdate the update rule: {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or
 *            {@code SET DEFAULT}
 * @param onDelete the delete rule, spelled as {@code onUpdate}
 */
public record ForeignKeyInfo(String name, List<String> columns, String referencedSchema, String referencedTable,
        List<String> referencedColumns, String onUpdate, String onDelete) {

    public ForeignKeyInfo {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
