package velocity.ui.grid;

import org.eclipse.swt.graphics.Color;

/**
 * Makes a grid's cells editable in place ({@link ResultGrid#setRowEditor}): a double-click, F2 or typing opens
 * a text editor on the current cell, Enter commits and Escape cancels. The editor decides which cells can be
 * edited, takes or refuses what was typed, and colours the cells it changed. Rows are the grid's own row arrays,
 * so they stay the same objects whatever the sort order. Called on the UI thread.
 */
public interface RowEditor {

    /** Whether a cell of a row can be edited now. */
    boolean canEdit(Object[] row, int column);

    /** The text the cell editor starts with. */
    String editText(Object[] row, int column);

    /**
     * Takes the text typed into a cell.
     *
     * @return {@code null} when it was accepted (the editor closes and the row shows the new value), else the
     *         reason it was refused, which the open editor shows
     */
    String commit(Object[] row, int column, String text);

    /** The background that marks a cell with a pending change, or {@code null} for the normal one. */
    Color background(Object[] row, int column);
}
