/**
 * The result grid: a virtual SWT table that shows query results and table pages, streams large results a
 * page at a time as the user scrolls, sorts the loaded rows, copies cells and rows as TSV and shows a cell's
 * full value. Other bundles embed it through {@link velocity.ui.grid.ResultGrid}.
 */
package velocity.ui.grid;
