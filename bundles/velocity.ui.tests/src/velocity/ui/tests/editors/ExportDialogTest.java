package velocity.ui.tests.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.tests.support.TestDatabase;
import velocity.ui.tests.support.Ui;

/** The Export dialog, opened from the table editor's Data tab, writes the whole table to a file. */
class ExportDialogTest {

    @TempDir
    Path dir;

    private TableEditorDriver driver;

    @AfterEach
    void closeEverything() throws Exception {
        Ui.run(() -> {
            for (Shell shell : Ui.display().getShells()) {
                if ("export.dialog".equals(shell.getData(velocity.ui.VelocityUi.WIDGET_ID))) {
                    shell.close();
                }
            }
        });
        if (driver != null) {
            driver.close();
            driver = null;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void exportsATableFromTheDataTab(TestDatabase database) throws Exception {
        driver = TableEditorDriver.open(database);
        Button export = Ui.waitFor(Button.class, "table.data.export");
        Ui.waitUntil("the first page", () -> Ui.find(Button.class, "table.data.refresh").isEnabled());

        // A modal dialog: clicked without waiting, or the test thread would wait for the dialog to close.
        Ui.display().asyncExec(() -> Ui.click(export));
        Text file = Ui.waitFor(Text.class, "export.file");
        Combo format = Ui.waitFor(Combo.class, "export.format");
        assertEquals("CSV", Ui.sync(format::getText));
        assertTrue(Ui.sync(file::getText).endsWith(driver.sample.table + ".csv"), Ui.sync(file::getText));

        select(format, "JSON Lines");
        assertTrue(Ui.sync(file::getText).endsWith(driver.sample.table + ".jsonl"), "the extension follows the format");
        assertEquals(false, Ui.sync(() -> Ui.find(Combo.class, "export.delimiter").isEnabled()), "JSON has no delimiter");
        select(format, "CSV");

        Path target = dir.resolve("exported-" + database.dialect() + ".csv");
        Ui.run(() -> {
            file.setText(target.toString());
            Ui.find(Text.class, "export.null").setText("NULL");
        });
        Ui.screenshot("export-dialog-" + database.dialect());
        Ui.run(() -> Ui.click(Ui.find(Button.class, "export.ok")));

        Ui.waitUntil("the exported file", () -> Files.exists(target));
        Ui.screenshot("export-done-" + database.dialect());
        String csv = Files.readString(target, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals("id,name,amount,note,data", lines.get(0));
        assertTrue(lines.contains("1,row 1,37,note 1,NULL"), lines.subList(0, 3).toString());
        assertTrue(lines.contains("2,row 2,74,NULL,NULL"), csv.substring(0, 200));
        assertTrue(lines.contains("4,row 4,47,note 4,\\x" + SampleTable.BLOB_HEX.toLowerCase()), csv.substring(0, 600));
        assertTrue(csv.contains("3,row 3,10,\"" + SampleTable.LONG_NOTE + "\",NULL\n"), "a line break inside a value is quoted");
        assertEquals(SampleTable.ROWS, lines.stream().filter(l -> l.matches("\\d+,row \\d+,.*")).count());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left");
        }
    }

    private static void select(Combo combo, String item) {
        Ui.run(() -> {
            combo.select(combo.indexOf(item));
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }
}
