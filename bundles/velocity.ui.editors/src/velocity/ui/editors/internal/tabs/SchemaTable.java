package velocity.ui.editors.internal.tabs;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import velocity.ui.VelocityUi;

/** A read-only table of a structure's parts (columns, keys, indexes), as the structure tabs show them. */
final class SchemaTable {

    /** A line of the table and its icon (or {@code null}). */
    record Line(Image image, String... cells) {
    }

    private SchemaTable() {
    }

    static Table create(Composite parent, String name, String... headers) {
        Table table = VelocityUi.name(new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER), name);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String header : headers) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.pack();
        }
        return table;
    }

    /** Fills the table; a line with no parts shows {@code empty} instead, e.g. "No foreign keys". */
    static void fill(Table table, List<Line> lines, String empty) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        for (Line line : lines) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(line.cells());
            if (line.image() != null) {
                item.setImage(0, line.image());
            }
        }
        if (lines.isEmpty()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, empty);
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(Math.max(column.getWidth() + 12, 60), 400));
        }
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
