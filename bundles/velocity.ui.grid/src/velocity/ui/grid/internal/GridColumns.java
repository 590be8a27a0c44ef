package velocity.ui.grid.internal;

import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import velocity.core.query.ResultColumn;

/**
 * The table columns of a grid: an optional row-number column first, then one per result column with the
 * type in its tooltip and a click that sorts.
 */
public final class GridColumns {

    private static final int MIN_WIDTH = 40;
    private static final int MAX_WIDTH = 320;
    private static final int SAMPLE_ROWS = 100;

    private final Table table;
    private final IntConsumer onSort;
    private boolean rowNumbers;
    private List<ResultColumn> columns = List.of();

    public GridColumns(Table table, IntConsumer onSort) {
        this.table = table;
        this.onSort = onSort;
    }

    /** How many table columns come before the first result column. */
    public int dataOffset() {
        return rowNumbers ? 1 : 0;
    }

    public boolean rowNumbers() {
        return rowNumbers;
    }

    /** Turns the row-number column on or off; the caller repaints the rows. */
    public void setRowNumbers(boolean on, List<Object[]> rows) {
        if (on != rowNumbers) {
            rowNumbers = on;
            rebuild(columns);
            fitWidths(columns, rows);
        }
    }

    public void rebuild(List<ResultColumn> newColumns) {
        columns = newColumns;
        table.setRedraw(false);
        try {
            table.setSortColumn(null);
            table.setSortDirection(SWT.NONE);
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            if (rowNumbers && !newColumns.isEmpty()) {
                TableColumn number = new TableColumn(table, SWT.RIGHT);
                number.setText("#");
                number.setToolTipText("Row number");
                number.setWidth(56);
            }
            for (int i = 0; i < newColumns.size(); i++) {
                ResultColumn rc = newColumns.get(i);
                TableColumn c = new TableColumn(table, isNumeric(rc.jdbcType()) ? SWT.RIGHT : SWT.LEFT);
                c.setText(rc.label());
                c.setToolTipText(rc.label() + ": " + rc.typeName() + "\nClick to sort the loaded rows.");
                c.setWidth(100);
                c.setMoveable(true);
                int index = i;
                c.addListener(SWT.Selection, e -> onSort.accept(index));
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /** Shows the sort indicator on a result column, or none for -1. */
    public void showSort(int column, boolean ascending) {
        if (column < 0) {
            table.setSortColumn(null);
            table.setSortDirection(SWT.NONE);
            return;
        }
        table.setSortColumn(table.getColumn(column + dataOffset()));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
    }

    /** Widths that fit the header and the first rows' text, within bounds so one long value cannot take all. */
    public void fitWidths(List<ResultColumn> resultColumns, List<Object[]> rows) {
        GC gc = new GC(table);
        try {
            int offset = dataOffset();
            if (offset > 0 && table.getColumnCount() > 0) {
                int digits = Integer.toString(Math.max(rows.size(), 1)).length();
                table.getColumn(0).setWidth(gc.textExtent("0".repeat(digits + 1)).x + 20);
            }
            for (int i = 0; i < resultColumns.size() && i + offset < table.getColumnCount(); i++) {
                int width = gc.textExtent(resultColumns.get(i).label()).x + 32;
                for (int r = 0; r < Math.min(rows.size(), SAMPLE_ROWS); r++) {
                    width = Math.max(width, gc.textExtent(CellFormat.cell(rows.get(r)[i])).x + 16);
                }
                table.getColumn(i + offset).setWidth(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)));
            }
        } finally {
            gc.dispose();
        }
    }

    private static boolean isNumeric(int jdbcType) {
        return switch (jdbcType) {
            case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER, java.sql.Types.BIGINT,
                    java.sql.Types.REAL, java.sql.Types.FLOAT, java.sql.Types.DOUBLE, java.sql.Types.NUMERIC,
                    java.sql.Types.DECIMAL -> true;
            default -> false;
        };
    }
}
