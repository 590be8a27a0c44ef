package velocity.ui.grid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import velocity.ui.VelocityCommands;
import velocity.ui.VelocityUi;
import velocity.ui.grid.ResultGrid;

/**
 * What the user does with a grid's cells: the context menu (Copy Cell, Copy Rows, Copy with Header, View
 * Value..., Row Numbers, Export...), Ctrl+C (Ctrl+Shift+C with the header), and a double-click that shows a value. The
 * current cell is the one last clicked in the selected row.
 */
public final class GridActions {

    private final ResultGrid grid;
    private final GridColumns columns;
    private final Table table;
    private int cellColumn;

    public GridActions(ResultGrid grid, GridColumns columns, String name) {
        this.grid = grid;
        this.columns = columns;
        this.table = grid.table();
        table.addListener(SWT.MouseDown, this::trackColumn);
        table.addListener(SWT.MouseDoubleClick, e -> {
            trackColumn(e);
            if (!grid.editCell(table.getSelectionIndex(), cellColumn())) {
                viewValue();
            }
        });
        // In the workbench the key bindings run the copy handlers first; this serves grids in other shells.
        table.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
                copyRows((e.stateMask & SWT.SHIFT) != 0);
                e.doit = false;
            }
        });
        table.setMenu(menu(name));
    }

    /** The result column of the current cell. */
    public int cellColumn() {
        return Math.min(cellColumn, Math.max(0, grid.columns().size() - 1));
    }

    /** Copies the current cell's full value; NULL copies as empty text. */
    public void copyCell() {
        int row = table.getSelectionIndex();
        if (row < 0 || grid.columns().isEmpty()) {
            return;
        }
        String text = CellFormat.full(grid.value(row, cellColumn()));
        toClipboard(text == null ? "" : text);
    }

    /** Copies the selected rows, in display order, as TSV. */
    public void copyRows(boolean header) {
        int[] selection = table.getSelectionIndices();
        if (selection.length == 0) {
            return;
        }
        java.util.Arrays.sort(selection);
        List<Object[]> rows = new ArrayList<>(selection.length);
        for (int index : selection) {
            rows.add(grid.rows(index, index + 1).get(0));
        }
        toClipboard(Tsv.of(grid.columns(), rows, header));
    }

    /** Opens the value viewer on the current cell. */
    public void viewValue() {
        int row = table.getSelectionIndex();
        if (row < 0 || grid.columns().isEmpty()) {
            return;
        }
        int column = cellColumn();
        new ValueViewerDialog(table.getShell(), grid.columns().get(column), grid.value(row, column)).open();
    }

    private void trackColumn(Event e) {
        TableItem item = table.getItem(new Point(e.x, e.y));
        if (item == null) {
            return;
        }
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (item.getBounds(i).contains(e.x, e.y)) {
                cellColumn = Math.max(0, i - columns.dataOffset());
                return;
            }
        }
    }

    private Menu menu(String name) {
        Menu menu = new Menu(table);
        MenuItem copyCell = item(menu, SWT.PUSH, "Copy &Cell", name + ".copyCell", this::copyCell);
        MenuItem copyRows = item(menu, SWT.PUSH, "Copy &Rows (TSV)\tCtrl+C", name + ".copyRows", () -> copyRows(false));
        MenuItem copyHeader = item(menu, SWT.PUSH, "Copy with &Header\tCtrl+Shift+C", name + ".copyWithHeader",
                () -> copyRows(true));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem view = item(menu, SWT.PUSH, "&View Value...", name + ".viewValue", this::viewValue);
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem numbers = item(menu, SWT.CHECK, "Row &Numbers", name + ".rowNumbers", null);
        numbers.addListener(SWT.Selection, e -> grid.setRowNumbers(numbers.getSelection()));
        new MenuItem(menu, SWT.SEPARATOR);
        // Handled by whichever bundle offers exports; it reads the grid from the active part.
        MenuItem export = item(menu, SWT.PUSH, "&Export...", name + ".export",
                () -> VelocityCommands.execute(VelocityCommands.EXPORT_DATA, Map.of()));
        menu.addListener(SWT.Show, e -> {
            boolean selected = table.getSelectionCount() > 0;
            copyCell.setEnabled(selected);
            copyRows.setEnabled(selected);
            copyHeader.setEnabled(selected);
            view.setEnabled(selected);
            numbers.setSelection(columns.rowNumbers());
            export.setEnabled(!grid.columns().isEmpty());
        });
        return menu;
    }

    private static MenuItem item(Menu menu, int style, String text, String id, Runnable action) {
        MenuItem item = VelocityUi.name(new MenuItem(menu, style), id);
        item.setText(text);
        if (action != null) {
            item.addListener(SWT.Selection, e -> action.run());
        }
        return item;
    }

    private void toClipboard(String text) {
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            if (text.isEmpty()) {
                // SWT refuses empty text; an empty clipboard pastes the same nothing.
                clipboard.clearContents();
                return;
            }
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }
}
