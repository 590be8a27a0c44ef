package velocity.ui.tests.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Iterator;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.tests.support.TestDatabase;
import velocity.ui.tests.support.Ui;
import org.junit.jupiter.api.AfterAll;

/** Running statements in the SQL editor: results, the statement under the caret, cancel and errors. */
class SqlEditorRunTest {

    @AfterAll
    static void deleteConnections() {
        SqlEditorDriver.deleteSavedConnections();
    }

    /** 1..1000 from a cross join of digits: plain SQL all three databases accept, with no recursion cap. */
    static final String THOUSAND_ROWS = "WITH d(v) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL "
            + "SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL "
            + "SELECT 8 UNION ALL SELECT 9)\nSELECT a.v * 100 + b.v * 10 + c.v + 1 AS n\nFROM d a, d b, d c ORDER BY n";

    static String longStatement(TestDatabase db) {
        return switch (db) {
            case POSTGRESQL -> "SELECT pg_sleep(30)";
            case MYSQL -> "SELECT SLEEP(30)";
            case SQLITE -> "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c";
        };
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void streamsTheResultAndFetchesMoreRowsOnScroll(TestDatabase db) {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            sql.type(THOUSAND_ROWS, 0);
            sql.run();
            sql.waitForStatus("200 rows fetched (more available) in ");
            assertEquals(200, sql.rows());
            assertEquals("1", sql.cell(0, 0));
            assertEquals("200", sql.cell(199, 0));
            assertTrue(sql.header(0).toLowerCase().contains("n"), sql.header(0));
            Ui.screenshot("sql-results-" + db.dialect());

            Table table = sql.table();
            scrollToTheEnd(table);
            Ui.waitUntil("the next page", () -> table.getItemCount() > 200);
            waitWhileFetching();
            int loaded = sql.rows();
            assertTrue(loaded < 1000 && loaded % 200 == 0,
                    "only the pages scrolled to are fetched, a page at a time, not the whole result: " + loaded);
            sql.waitForStatus(loaded + " rows fetched (more available)");
            assertEquals(Integer.toString(loaded), sql.cell(loaded - 1, 0));

            for (int i = 0; i < 10 && !sql.status().startsWith("1000 rows fetched in"); i++) {
                scrollToTheEnd(table);
                waitWhileFetching();
            }
            sql.waitForStatus("1000 rows fetched in ");
            assertEquals("1000", sql.cell(999, 0));
        }
    }

    private static void scrollToTheEnd(Table table) {
        Ui.run(() -> {
            table.setTopIndex(table.getItemCount() - 1);
            table.getItem(table.getItemCount() - 1).getText(0);
        });
    }

    private static void waitWhileFetching() {
        Ui.waitUntil("the grid to stop fetching",
                () -> !Ui.find(Label.class, "sql.results.status").getText().contains("fetching more"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void runsTheStatementUnderTheCaretOrTheSelection(TestDatabase db) {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            String script = "SELECT 1 AS a;\nSELECT 'x;y' AS b, 2 AS c; -- a ; in a comment\n\nSELECT 3 AS d\n";
            sql.type(script, script.indexOf("AS b"));
            StyledText text = Ui.waitFor(StyledText.class, "sql.text");
            Ui.waitUntil("key words in bold", () -> {
                StyleRange select = text.getStyleRangeAtOffset(0);
                return select != null && (select.fontStyle & SWT.BOLD) != 0;
            });
            int literal = script.indexOf("'x;y'") + 2;
            int comment = script.indexOf("-- a ;") + 4;
            assertTrue(Ui.sync(() -> {
                StyleRange inLiteral = text.getStyleRangeAtOffset(literal);
                StyleRange inComment = text.getStyleRangeAtOffset(comment);
                return inLiteral != null && inComment != null && (inLiteral.fontStyle & SWT.BOLD) == 0
                        && !inLiteral.foreground.equals(inComment.foreground);
            }), "a literal and a comment have colours of their own");
            sql.run();
            sql.waitForStatus("1 row fetched in ");
            assertEquals("x;y", sql.cell(0, 0));
            assertEquals("2", sql.cell(0, 1));

            sql.type(script, script.length());
            sql.run();
            Ui.waitUntil("the last statement's result", () -> sql.table().getColumnCount() == 1
                    && sql.table().getItemCount() == 1 && "3".equals(sql.table().getItem(0).getText(0)));

            sql.select(0, script.indexOf(';'));
            sql.run();
            Ui.waitUntil("the selection's result", () -> sql.table().getItemCount() == 1
                    && "1".equals(sql.table().getItem(0).getText(0)));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void reportsUpdateCounts(TestDatabase db) {
        String table = "sql_editor_" + Long.toHexString(System.nanoTime());
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            sql.type("CREATE TABLE " + table + " (id INTEGER)", 0);
            sql.run();
            sql.waitForStatus(" ms");
            sql.type("INSERT INTO " + table + " (id) VALUES (1), (2), (3)", 0);
            sql.run();
            sql.waitForStatus("Updated 3 rows in ");
            sql.type("DROP TABLE " + table, 0);
            sql.run();
            Ui.waitUntil("the table dropped", () -> !sql.status().contains("Updated 3"));
            sql.waitForStatus(" ms");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cancelsALongStatementAndRunsAgainAfterwards(TestDatabase db) {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            sql.type(longStatement(db), 0);
            sql.run();
            Button cancel = sql.button("sql.cancel");
            Ui.waitUntil("Cancel to be enabled", cancel::isEnabled);
            sql.waitForStatus("Running on ");
            Ui.screenshot("sql-running-" + db.dialect());
            long start = System.nanoTime();
            if (db == TestDatabase.POSTGRESQL) {
                sql.cancelCommand();
            } else {
                Ui.run(() -> Ui.click(cancel));
            }
            Ui.waitUntil("the cancel", Duration.ofSeconds(20), () -> sql.status().contains("Cancelled"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 10_000, "cancelled in " + millis + " ms, well before the 30 s of the statement");
            Ui.waitUntil("Cancel to be disabled", () -> !cancel.isEnabled());
            Ui.screenshot("sql-cancelled-" + db.dialect());

            sql.type("SELECT 42 AS answer", 0);
            sql.run();
            sql.waitForStatus("1 row fetched in ");
            assertEquals("42", sql.cell(0, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void marksTheErrorPositionInTheText(TestDatabase db) {
        try (SqlEditorDriver sql = SqlEditorDriver.open(SqlEditorDriver.connection(db))) {
            String script = "SELECT 1;\n\nSELECT id FROM nowhere ORDER BYE id\n";
            int bye = script.indexOf("BYE");
            sql.type(script, script.indexOf("nowhere"));
            sql.run();
            sql.waitForStatus("Error: ");
            Ui.waitUntil("the caret on the error", () -> {
                ITextSelection s = (ITextSelection) sql.editor.getSelectionProvider().getSelection();
                return s.getOffset() == bye && s.getLength() == 3;
            });
            Annotation error = Ui.sync(() -> {
                IAnnotationModel model = sql.editor.getDocumentProvider().getAnnotationModel(sql.editor.getEditorInput());
                for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                    Annotation a = it.next();
                    if (a.getType().endsWith(".error") && model.getPosition(a).getOffset() == bye) {
                        return a;
                    }
                }
                return null;
            });
            assertNotNull(error, "an error annotation at the position");
            assertTrue(sql.status().contains(SqlEditorDriver.connection(db)), sql.status());
            assertEquals(script, Ui.sync(() -> sql.document().get()), "the text is kept");
            Ui.screenshot("sql-error-position-" + db.dialect());

            sql.type("SELECT 7", 0);
            sql.run();
            sql.waitForStatus("1 row fetched in ");
            assertFalse(sql.status().startsWith("Error"));
        }
    }
}
