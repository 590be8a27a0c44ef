package velocity.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.ActiveConnection;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.edit.ApplyResult;
import velocity.core.edit.ColumnValues;
import velocity.core.edit.EditableTable;
import velocity.core.edit.ParsedValue;
import velocity.core.edit.PendingChanges;
import velocity.core.edit.RowKey;
import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.TableRef;
import velocity.core.operations.ApplyChangesOperation;
import velocity.core.operations.GetTableSchemaOperation;

/**
 * {@code velocity edit --table T}: inserts, updates or deletes one row, or with {@code --preview} prints the
 * statement instead. Values are typed as text and converted by the column's type; the statement binds them.
 */
public final class EditCommand implements Command {

    private static final Options.Spec SPEC = ConnectionOptions.SPEC
            .with(Options.spec().value("--table", "--schema").repeatable("--insert", "--key", "--set")
                    .flag("--update", "--delete", "--preview"));

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        Options options = SPEC.parse(arguments);
        options.expectPositional(0, 0, "");
        TableRef ref = new TableRef(options.value("--schema"), options.require("--table"));
        Map<String, String> inserted = pairs(options, "--insert");
        Map<String, String> keys = pairs(options, "--key");
        Map<String, String> sets = pairs(options, "--set");
        boolean update = options.has("--update");
        boolean delete = options.has("--delete");
        int actions = (inserted.isEmpty() ? 0 : 1) + (update ? 1 : 0) + (delete ? 1 : 0);
        if (actions != 1) {
            throw new UsageException("give one of --insert COL=VALUE..., --update or --delete");
        }
        if (!inserted.isEmpty() && !(keys.isEmpty() && sets.isEmpty())) {
            throw new UsageException("--insert takes no --key or --set: name every value with --insert COL=VALUE");
        }
        if ((update || delete) && keys.isEmpty()) {
            throw new UsageException("name the row with --key COL=VALUE (its key columns)");
        }
        if (update && sets.isEmpty()) {
            throw new UsageException("--update needs at least one --set COL=VALUE");
        }
        if (delete && !sets.isEmpty()) {
            throw new UsageException("--delete takes no --set");
        }

        ActiveConnection connection = ConnectionOptions.resolve(context, options).connect(context);
        EditableTable table = EditableTable.of(new GetTableSchemaOperation(connection, ref).run(context.monitor()),
                connection.dialect());
        PendingChanges pending = new PendingChanges(table);
        String what;
        if (!inserted.isEmpty()) {
            pending.insert(values(table, inserted, "insert into"));
            what = "inserted into";
        } else {
            RowKey key = key(table, keys);
            if (update) {
                values(table, sets, "update").forEach((column, value) -> pending.update(key, column, value));
                what = "updated in";
            } else {
                pending.delete(key);
                what = "deleted from";
            }
        }
        if (options.has("--preview")) {
            context.out().print(pending.previewSql());
            context.out().flush();
            return CommandLine.OK;
        }
        ApplyResult result = new ApplyChangesOperation(connection, table, pending.changes()).run(context.monitor());
        context.err().println(result.rowsChanged() + (result.rowsChanged() == 1 ? " row " : " rows ") + what + " "
                + table.schema().table().ref() + ".");
        return CommandLine.OK;
    }

    /** {@code COL=VALUE} arguments by column, in order; the value is everything after the first '='. */
    private static Map<String, String> pairs(Options options, String name) throws UsageException {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String arg : options.values(name)) {
            int equals = arg.indexOf('=');
            if (equals <= 0) {
                throw new UsageException(name + " takes COL=VALUE, not '" + arg + "'");
            }
            if (pairs.put(arg.substring(0, equals), arg.substring(equals + 1)) != null) {
                throw new UsageException(name + " names column " + arg.substring(0, equals) + " twice");
            }
        }
        return pairs;
    }

    private static Map<String, Object> values(EditableTable table, Map<String, String> texts, String action)
            throws VelocityException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            ColumnInfo column = table.column(e.getKey());
            if (column == null) {
                throw refused(table, action, table.schema().table().ref() + " has no column " + e.getKey()
                        + "; its columns are " + String.join(", ", table.schema().columns().stream().map(ColumnInfo::name)
                                .toList()) + ".");
            }
            values.put(column.name(), parsed(table, action, column, e.getValue()));
        }
        return values;
    }

    private static RowKey key(EditableTable table, Map<String, String> texts) throws VelocityException {
        if (!table.identity().editable()) {
            throw new VelocityException(ErrorKind.OTHER, table.identity().readOnlyReason());
        }
        List<ColumnInfo> keyColumns = table.keyColumns();
        List<String> names = keyColumns.stream().map(ColumnInfo::name).toList();
        if (!texts.keySet().equals(new java.util.HashSet<>(names))) {
            throw new VelocityException(ErrorKind.OTHER, "The rows of " + table.schema().table().ref()
                    + " are identified by " + String.join(", ", names) + ": give --key " + String.join("=VALUE --key ", names)
                    + "=VALUE.");
        }
        List<Object> values = new ArrayList<>();
        for (ColumnInfo column : keyColumns) {
            values.add(parsed(table, "find the row of", column, texts.get(column.name())));
        }
        return new RowKey(values);
    }

    private static Object parsed(EditableTable table, String action, ColumnInfo column, String text)
            throws VelocityException {
        ParsedValue value = ColumnValues.parse(column, text);
        if (!value.valid()) {
            throw refused(table, action, value.refusal());
        }
        return value.value();
    }

    private static VelocityException refused(EditableTable table, String action, String reason) {
        return new VelocityException(ErrorKind.OTHER, "Cannot " + action + " " + table.schema().table().ref() + ": "
                + reason);
    }

    @Override
    public String help() {
        return """
                Usage: velocity edit --table TABLE [--schema SCHEMA]
                                     (--insert COL=VALUE... | --update --key COL=VALUE... --set COL=VALUE...
                                      | --delete --key COL=VALUE...) [--preview]
                                     (--connection NAME | --url JDBC-URL) [--user USER] [--password-stdin]

                Inserts, updates or deletes one row in one transaction and says how many rows changed; with
                --preview it prints the statement, values written as literals, and changes nothing. The row is
                named by its primary key, else a unique index on NOT NULL columns, else (SQLite) its rowid; an
                UPDATE or DELETE that would change no row or several rows is rolled back.

                Values are text, converted by the column's type: numbers, true/false, dates as 2024-01-31,
                timestamps as 2024-01-31 13:45:00, JSON, UUIDs, binary as 0xCAFE; \\N is NULL.

                Options:
                  --table TABLE       the table, spelt exactly as the catalog does
                  --schema SCHEMA     its schema; default: the connection's current one
                  --insert COL=VALUE  a value of the new row (repeat per column; the others take defaults)
                  --update            change the row named by --key: set each --set COL=VALUE
                  --delete            delete the row named by --key
                  --key COL=VALUE     a key column's value (repeat for a key of several columns)
                  --preview           print the SQL instead of running it
                """ + ConnectionOptions.HELP + """

                Example:
                  velocity edit --connection prod --table customers --update --key id=42 --set email=ada@example.org
                """;
    }
}
