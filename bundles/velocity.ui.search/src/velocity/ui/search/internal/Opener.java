package velocity.ui.search.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Shell;

import velocity.core.search.SearchEntry;
import velocity.ui.VelocityCommands;

/** Opens what Open Anything found, through the workbench's commands. */
final class Opener {

    private Opener() {
    }

    static void open(Shell shell, SearchEntry entry) {
        switch (entry.kind()) {
            case TABLE, VIEW -> openTable(entry, entry.name());
            case COLUMN -> openTable(entry, entry.table());
            case FUNCTION, PROCEDURE -> new FunctionDialog(shell, entry).open();
            case FAVORITE, HISTORY -> {
                Map<String, String> parameters = new HashMap<>();
                if (!entry.connection().isEmpty()) {
                    // A favorite saved without a connection opens an editor that asks for one.
                    parameters.put(VelocityCommands.CONNECTION, entry.connection());
                }
                parameters.put(VelocityCommands.SQL, entry.text());
                VelocityCommands.execute(VelocityCommands.NEW_SQL_EDITOR, parameters);
            }
        }
    }

    private static void openTable(SearchEntry entry, String table) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(VelocityCommands.CONNECTION, entry.connection());
        if (entry.schema() != null) {
            parameters.put(VelocityCommands.SCHEMA, entry.schema());
        }
        parameters.put(VelocityCommands.TABLE, table);
        VelocityCommands.execute(VelocityCommands.OPEN_TABLE, parameters);
    }
}
