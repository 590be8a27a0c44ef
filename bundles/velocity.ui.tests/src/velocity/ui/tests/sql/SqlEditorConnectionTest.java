package velocity.ui.tests.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPathEditorInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import velocity.tests.support.TestDatabase;
import velocity.ui.VelocityCommands;
import velocity.ui.tests.support.Ui;

/** Choosing the connection of a new script, and switching it from the editor's bar. */
class SqlEditorConnectionTest {

    @AfterAll
    static void deleteConnections() {
        SqlEditorDriver.deleteSavedConnections();
    }

    @Test
    void asksForTheConnectionAndSwitchesItFromTheBar() throws IOException {
        String first = SqlEditorDriver.connection(TestDatabase.SQLITE);
        String second = SqlEditorDriver.save(TestDatabase.SQLITE);
        IEditorReference[] before = Ui.sync(() -> Ui.page().getEditorReferences());
        // The chooser is modal: the command runs later on the UI thread, not inside a sync call.
        Ui.display().asyncExec(() -> VelocityCommands.execute(VelocityCommands.NEW_SQL_EDITOR, Map.of()));
        List list = Ui.waitFor(List.class, "sql.chooser.list");
        Ui.run(() -> {
            list.setSelection(Arrays.asList(list.getItems()).indexOf(first));
        });
        Ui.screenshot("sql-connection-chooser");
        Ui.run(() -> Ui.click(Ui.find(Button.class, "sql.chooser.ok")));

        try (SqlEditorDriver sql = SqlEditorDriver.waitForNewEditor(before)) {
            Combo combo = Ui.waitFor(Combo.class, "sql.connection");
            assertEquals(first, Ui.sync(combo::getText));
            String title = Ui.sync(() -> sql.editor.getTitle());
            assertTrue(title.contains(first), title);
            Path script = Ui.sync(() -> ((IPathEditorInput) sql.editor.getEditorInput()).getPath().toPath());

            Ui.run(() -> {
                combo.select(combo.indexOf(second));
                Ui.click(combo);
            });
            Ui.waitUntil("the title to name the new connection", () -> sql.editor.getTitle().contains(second));
            assertTrue(Ui.sync(() -> sql.editor.getTitleToolTip()).contains(second));
            Path binding = script.resolveSibling(script.getFileName().toString().replace(".sql", ".properties"));
            assertTrue(Files.readString(binding, StandardCharsets.UTF_8).contains("connection=" + second),
                    "the binding is kept beside the script");

            sql.type("SELECT 'on the second' AS where_", 0);
            sql.run();
            sql.waitForStatus("1 row fetched in ");
            assertEquals("on the second", sql.cell(0, 0));
        }
    }
}
