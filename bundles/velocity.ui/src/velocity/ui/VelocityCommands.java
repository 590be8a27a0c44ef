package velocity.ui;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Ids of the workbench's commands and their parameters. The commands are declared by this bundle so that
 * one bundle can ask for an action that another bundle handles (the navigator opens a table, the table
 * editor bundle handles it) without either depending on the other.
 */
public final class VelocityCommands {

    /** Opens the New Connection wizard. */
    public static final String NEW_CONNECTION = "velocity.ui.commands.newConnection";
    /** Opens a new SQL editor; parameters {@link #CONNECTION} and {@link #SQL} (both optional). */
    public static final String NEW_SQL_EDITOR = "velocity.ui.commands.newSqlEditor";
    /** Opens a table or view in its editor; parameters {@link #CONNECTION}, {@link #SCHEMA}, {@link #TABLE}. */
    public static final String OPEN_TABLE = "velocity.ui.commands.openTable";
    /**
     * Exports rows to a file: a table with parameters {@link #CONNECTION}, {@link #SCHEMA}, {@link #TABLE},
     * else what the active part shows (the navigator's selected table, a result grid, a table editor).
     */
    public static final String EXPORT_DATA = "velocity.ui.commands.exportData";

    /** Parameter: a saved connection's name. */
    public static final String CONNECTION = "velocity.ui.commands.connection";
    /** Parameter: a schema (or MySQL database) name; absent for the connection's default schema. */
    public static final String SCHEMA = "velocity.ui.commands.schema";
    /** Parameter: a table or view name. */
    public static final String TABLE = "velocity.ui.commands.table";
    /** Parameter: the text a new SQL editor starts with. */
    public static final String SQL = "velocity.ui.commands.sql";

    private VelocityCommands() {
    }

    /** Runs a command with parameters on the UI thread; failures go to the {@link ErrorReporter}. */
    public static void execute(String commandId, Map<String, String> parameters) {
        try {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
            ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId),
                    parameters);
            handlers.executeCommand(command, null);
        } catch (Exception e) {
            ErrorReporter.report("Cannot run the command " + commandId, e);
        }
    }
}
