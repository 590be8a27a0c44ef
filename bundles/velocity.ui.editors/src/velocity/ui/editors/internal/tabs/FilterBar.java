package velocity.ui.editors.internal.tabs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import velocity.core.metadata.ColumnInfo;
import velocity.core.query.FilterCondition;
import velocity.core.query.FilterOperator;
import velocity.core.query.FilterText;
import velocity.core.query.SortKey;
import velocity.core.query.TableFilter;
import velocity.ui.VelocityUi;

/**
 * The filter bar above the Data tab's grid: conditions built from a column, an operator and a value, a raw
 * WHERE expression for experts, and a sort, all applied on the server. Apply (or Enter in a field) hands the
 * filter to the tab; a condition that cannot be read, or the server's refusal, is shown in the bar itself.
 */
final class FilterBar {

    private static final String[] DIRECTIONS = { "Ascending", "Descending" };
    private static final String KEY_ORDER = "(key order)";

    private final Composite composite;
    private final Composite rows;
    private final Text where;
    private final Combo sortColumn;
    private final Combo sortDirection;
    private final Label status;
    private final Label error;
    private final Runnable onApply;
    private final List<ConditionRow> conditions = new ArrayList<>();
    private List<String> columns = List.of();
    private int nextRow;
    private TableFilter applied = TableFilter.NONE;

    /** One row of the builder. */
    private final class ConditionRow {
        final Combo column;
        final Combo operator;
        final Text value;
        final Button remove;

        ConditionRow(int index) {
            column = VelocityUi.name(new Combo(rows, SWT.READ_ONLY | SWT.DROP_DOWN), "table.filter.column." + index);
            column.setItems(columns.toArray(String[]::new));
            if (!columns.isEmpty()) {
                column.select(0);
            }
            GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(column);
            operator = VelocityUi.name(new Combo(rows, SWT.READ_ONLY | SWT.DROP_DOWN), "table.filter.operator." + index);
            for (FilterOperator op : FilterOperator.values()) {
                operator.add(op.sql());
            }
            operator.select(0);
            value = VelocityUi.name(new Text(rows, SWT.BORDER | SWT.SINGLE), "table.filter.value." + index);
            value.setMessage("value; IN: a, b, c; BETWEEN: low AND high");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
            value.addListener(SWT.DefaultSelection, e -> apply());
            operator.addListener(SWT.Selection, e -> value.setEnabled(selectedOperator().arity() != 0));
            remove = VelocityUi.name(new Button(rows, SWT.PUSH), "table.filter.remove." + index);
            remove.setText("✕");
            remove.setToolTipText("Remove this condition");
            remove.addListener(SWT.Selection, e -> removeRow(this));
        }

        FilterOperator selectedOperator() {
            return FilterOperator.values()[Math.max(0, operator.getSelectionIndex())];
        }

        FilterCondition condition() {
            FilterOperator op = selectedOperator();
            return new FilterCondition(column.getText(), op, FilterText.values(op, value.getText()));
        }

        void dispose() {
            column.dispose();
            operator.dispose();
            value.dispose();
            remove.dispose();
        }
    }

    FilterBar(Composite parent, Runnable onApply) {
        this.onApply = onApply;
        composite = VelocityUi.name(new Composite(parent, SWT.NONE), "table.filter");
        GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(composite);
        rows = new Composite(composite, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(4, 2).applyTo(rows);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(rows);
        rows.setVisible(false);

        Composite line = new Composite(composite, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).spacing(4, 2).applyTo(line);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        Button add = button(line, "+ &Condition", "table.filter.add", "Add a condition on a column");
        add.addListener(SWT.Selection, e -> addCondition());
        Label whereLabel = new Label(line, SWT.NONE);
        whereLabel.setText("WHERE");
        where = VelocityUi.name(new Text(line, SWT.BORDER | SWT.SINGLE), "table.filter.where");
        where.setMessage("raw SQL condition, e.g. total > 100 AND status <> 'void'");
        where.setToolTipText("A condition in the database's own SQL, combined with the conditions above by AND");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(where);
        where.addListener(SWT.DefaultSelection, e -> apply());
        Label sortLabel = new Label(line, SWT.NONE);
        sortLabel.setText("Sort");
        sortColumn = VelocityUi.name(new Combo(line, SWT.READ_ONLY | SWT.DROP_DOWN), "table.filter.sortColumn");
        sortColumn.setItems(KEY_ORDER);
        sortColumn.select(0);
        sortColumn.setToolTipText("Sort every row on the server, not only this page");
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(sortColumn);
        sortDirection = VelocityUi.name(new Combo(line, SWT.READ_ONLY | SWT.DROP_DOWN), "table.filter.sortDirection");
        sortDirection.setItems(DIRECTIONS);
        sortDirection.select(0);
        Button applyButton = button(line, "&Apply", "table.filter.apply", "Read the rows that meet the filter (Enter)");
        applyButton.addListener(SWT.Selection, e -> apply());
        Button clear = button(line, "C&lear", "table.filter.clear", "Remove the filter and the sort");
        clear.addListener(SWT.Selection, e -> clear());
        status = VelocityUi.name(new Label(line, SWT.NONE), "table.filter.status");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(90, SWT.DEFAULT).applyTo(status);

        error = VelocityUi.name(new Label(composite, SWT.WRAP), "table.filter.error");
        error.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).exclude(true).applyTo(error);
        error.setVisible(false);
    }

    Control control() {
        return composite;
    }

    /** The table's columns, once its structure is known. */
    void setColumns(List<ColumnInfo> tableColumns) {
        columns = tableColumns.stream().map(ColumnInfo::name).toList();
        String[] names = columns.toArray(String[]::new);
        for (ConditionRow row : conditions) {
            String selected = row.column.getText();
            row.column.setItems(names);
            row.column.select(Math.max(0, columns.indexOf(selected)));
        }
        String sorted = sortColumn.getText();
        sortColumn.setItems(KEY_ORDER);
        columns.forEach(sortColumn::add);
        sortColumn.select(Math.max(0, sortColumn.indexOf(sorted)));
    }

    /** The filter last applied, which the pages shown follow. */
    TableFilter applied() {
        return applied;
    }

    /** Shows why the filter was refused (a value that does not fit, the server's message) under the bar. */
    void showError(String message) {
        error.setText(message == null ? "" : message);
        setVisible(error, message != null);
    }

    /** Adds an empty condition row; its column is the first one. */
    void addCondition() {
        ConditionRow row = new ConditionRow(nextRow++);
        conditions.add(row);
        setVisible(rows, true);
        row.value.setFocus();
    }

    /** Reads the bar into a filter and hands it to the tab, or shows why it cannot be read. */
    void apply() {
        List<FilterCondition> built = new ArrayList<>();
        for (ConditionRow row : conditions) {
            try {
                built.add(row.condition());
            } catch (IllegalArgumentException e) {
                showError("Condition on '" + row.column.getText() + "': " + e.getMessage() + ".");
                row.value.setFocus();
                return;
            }
        }
        List<SortKey> sort = sortColumn.getSelectionIndex() <= 0 ? List.of()
                : List.of(new SortKey(sortColumn.getText(), sortDirection.getSelectionIndex() == 1));
        applied = new TableFilter(built, where.getText(), sort);
        showError(null);
        onApply.run();
    }

    /** Sets the sort control ({@code null}: key order) and applies the bar. */
    void sortBy(SortKey key) {
        sortColumn.select(key == null ? 0 : Math.max(0, sortColumn.indexOf(key.column())));
        sortDirection.select(key != null && key.descending() ? 1 : 0);
        apply();
    }

    /** Removes every condition, the raw expression and the sort, and reads the rows again. */
    void clear() {
        new ArrayList<>(conditions).forEach(this::removeRow);
        where.setText("");
        sortColumn.select(0);
        sortDirection.select(0);
        applied = TableFilter.NONE;
        showError(null);
        onApply.run();
    }

    private void removeRow(ConditionRow row) {
        row.dispose();
        conditions.remove(row);
        setVisible(rows, !conditions.isEmpty());
    }

    /** Says whether the rows shown are filtered or sorted, and how; they follow {@code shown}. */
    void showActive(TableFilter shown) {
        if (shown.restricts()) {
            int n = shown.conditions().size() + (shown.rawWhere() != null ? 1 : 0);
            status.setText(n == 1 ? "Filtered" : "Filtered (" + n + ")");
        } else {
            status.setText(shown.sort().isEmpty() ? "" : "Sorted");
        }
        status.setToolTipText(shown.isEmpty() ? null : describe(shown));
        status.getParent().layout();
    }

    private static String describe(TableFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.conditions().forEach(c -> parts.add(c.toString()));
        if (filter.rawWhere() != null) {
            parts.add("(" + filter.rawWhere() + ")");
        }
        String text = String.join(" AND ", parts);
        if (!filter.sort().isEmpty()) {
            text += (text.isEmpty() ? "" : "; ") + "ORDER BY " + String.join(", ", filter.sort().stream().map(SortKey::toString).toList());
        }
        return text;
    }

    private void setVisible(Control control, boolean visible) {
        ((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
        control.setVisible(visible);
        composite.getParent().layout(true, true);
    }

    private static Button button(Composite parent, String text, String name, String tooltip) {
        Button button = VelocityUi.name(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        button.setToolTipText(tooltip);
        return button;
    }
}
