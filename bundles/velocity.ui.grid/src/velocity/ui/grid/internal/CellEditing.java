package velocity.ui.grid.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import velocity.ui.VelocityUi;
import velocity.ui.grid.ResultGrid;
import velocity.ui.grid.RowEditor;

/**
 * The in-place editor of a grid's cells: a text field over the cell, opened by a double-click, F2 or a typed
 * character (which starts the new text). Enter commits, Escape cancels; a refused value keeps the field open,
 * tinted, with the reason as its tooltip. The field is named {@code name + ".cellEditor"}.
 */
public final class CellEditing {

    private final ResultGrid grid;
    private final GridActions actions;
    private final GridColumns columns;
    private final Table table;
    private final TableEditor editor;
    private final String name;
    private final Color refusedColor;
    private Text text;
    private Object[] row;
    private int column;
    private String initial;

    public CellEditing(ResultGrid grid, GridActions actions, GridColumns columns, String name) {
        this.grid = grid;
        this.actions = actions;
        this.columns = columns;
        this.table = grid.table();
        this.name = name;
        this.editor = new TableEditor(table);
        editor.grabHorizontal = true;
        editor.grabVertical = true;
        refusedColor = new Color(255, 215, 215);
        table.addListener(SWT.KeyDown, this::keyDown);
    }

    /** Whether a cell editor is open. */
    public boolean isEditing() {
        return text != null && !text.isDisposed();
    }

    /**
     * Opens the editor on a cell when the row editor allows it.
     *
     * @param index the row in display order
     * @param resultColumn the result column
     * @param start the text to start with, or {@code null} for the cell's own
     */
    public boolean edit(int index, int resultColumn, String start) {
        RowEditor rowEditor = grid.rowEditor();
        if (rowEditor == null || index < 0 || index >= grid.rowCount() || resultColumn < 0
                || resultColumn >= grid.columns().size()) {
            return false;
        }
        Object[] target = grid.row(index);
        if (!rowEditor.canEdit(target, resultColumn)) {
            return false;
        }
        cancel();
        row = target;
        column = resultColumn;
        initial = rowEditor.editText(target, resultColumn);
        table.setSelection(index);
        table.showItem(table.getItem(index));
        TableItem item = table.getItem(index);
        text = VelocityUi.name(new Text(table, SWT.SINGLE), name + ".cellEditor");
        text.setText(start != null ? start : initial == null ? "" : initial);
        text.setSelection(start != null ? text.getText().length() : 0, text.getText().length());
        text.addListener(SWT.DefaultSelection, e -> commit());
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                cancel();
            } else if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
                commit();
            }
        });
        editor.setEditor(text, item, resultColumn + columns.dataOffset());
        text.setFocus();
        return true;
    }

    /** Commits the open editor's text; returns the refusal, or {@code null} when taken or nothing was open. */
    public String commit() {
        if (!isEditing()) {
            return null;
        }
        String typed = text.getText();
        if (typed.equals(initial) || !grid.rowEditor().canEdit(row, column)) {
            cancel();
            return null;
        }
        String refusal = grid.rowEditor().commit(row, column, typed);
        if (refusal != null) {
            text.setBackground(refusedColor);
            text.setToolTipText(refusal);
            return refusal;
        }
        close();
        grid.refreshRows();
        return null;
    }

    /** Closes the editor without changing the cell. */
    public void cancel() {
        close();
    }

    private void close() {
        if (isEditing()) {
            text.dispose();
            table.setFocus();
        }
        text = null;
        row = null;
    }

    private void keyDown(Event e) {
        if (grid.rowEditor() == null || table.getSelectionCount() != 1) {
            return;
        }
        int index = table.getSelectionIndex();
        if (e.keyCode == SWT.F2) {
            edit(index, actions.cellColumn(), null);
            e.doit = false;
        } else if ((e.stateMask & (SWT.MOD1 | SWT.MOD3)) == 0 && e.character >= ' ' && e.character != SWT.DEL) {
            if (edit(index, actions.cellColumn(), String.valueOf(e.character))) {
                e.doit = false;
            }
        }
    }

    /** Frees the colour; the table disposes the field. */
    public void dispose() {
        refusedColor.dispose();
    }
}
