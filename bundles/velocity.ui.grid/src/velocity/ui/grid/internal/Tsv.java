package velocity.ui.grid.internal;

import java.util.List;

import velocity.core.query.ResultColumn;

/**
 * Rows as tab-separated text for the clipboard, the format spreadsheets paste as cells. Values are written
 * in full; NULL is an empty field; a value holding a tab, a line break or a quote is quoted with its quotes
 * doubled, as spreadsheets expect.
 */
public final class Tsv {

    private Tsv() {
    }

    public static String of(List<ResultColumn> columns, List<Object[]> rows, boolean header) {
        StringBuilder out = new StringBuilder();
        if (header) {
            for (int c = 0; c < columns.size(); c++) {
                out.append(c == 0 ? "" : "\t").append(field(columns.get(c).label()));
            }
            out.append('\n');
        }
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                out.append(c == 0 ? "" : "\t").append(field(CellFormat.full(row[c])));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String field(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
