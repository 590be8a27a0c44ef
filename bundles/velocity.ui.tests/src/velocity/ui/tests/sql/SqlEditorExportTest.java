package velocity.ui.tests.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.tests.support.TestDatabase;
import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/** Export... in the SQL editor's result grid: the query run again for all its rows, or the rows fetched. */
class SqlEditorExportTest {

    @TempDir
    Path dir;

    @AfterAll
    static void deleteConnections() {
        SqlEditorDriver.deleteSavedConnections();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void exportsTheWholeResultOrTheFetchedRows(TestDatabase db) throws Exception {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            sql.type(SqlEditorRunTest.THOUSAND_ROWS, 0);
            sql.run();
            sql.waitForStatus("200 rows fetched (more available) in ");

            Path all = dir.resolve("all-" + db.dialect() + ".csv");
            exportFromTheGridMenu(sql, all, null);
            List<String> expected = IntStream.rangeClosed(1, 1000).mapToObj(Integer::toString).toList();
            assertEquals("n", Files.readAllLines(all).get(0));
            assertEquals(expected, Files.readAllLines(all).subList(1, 1001));

            Path fetched = dir.resolve("fetched-" + db.dialect() + ".csv");
            exportFromTheGridMenu(sql, fetched, "export.rows.fetched");
            assertEquals(201, Files.readAllLines(fetched).size());
            assertEquals(expected.subList(0, 200), Files.readAllLines(fetched).subList(1, 201));
        }
    }

    /** Export... from the grid's context menu, with the rows choice {@code rows} (or the default) and a file. */
    private static void exportFromTheGridMenu(SqlEditorDriver sql, Path file, String rows) {
        Table table = sql.table();
        MenuItem export = Ui.sync(() -> {
            Ui.page().activate(sql.editor);
            for (MenuItem item : table.getMenu().getItems()) {
                if ("sql.results.export".equals(item.getData(VelocityUi.WIDGET_ID))) {
                    return item;
                }
            }
            return null;
        });
        assertTrue(export != null, "Export... in the grid's menu");
        Ui.display().asyncExec(() -> Ui.click(export));
        Text path = Ui.waitFor(Text.class, "export.file");
        assertTrue(Ui.sync(() -> Ui.find(Button.class, "export.rows.query").getSelection()),
                "running the query again is proposed while rows remain unfetched");
        if (rows != null) {
            Ui.run(() -> {
                Ui.find(Button.class, "export.rows.query").setSelection(false);
                Ui.find(Button.class, rows).setSelection(true);
            });
        }
        Ui.run(() -> path.setText(file.toString()));
        Ui.screenshot("export-sql-" + (rows == null ? "query" : "fetched"));
        Ui.run(() -> Ui.click(Ui.find(Button.class, "export.ok")));
        Ui.waitUntil("the exported file " + file.getFileName(), () -> Files.exists(file));
    }
}
