package velocity.ui.navigator.internal.wizard;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import velocity.core.ConnectionSettings;
import velocity.core.DialectDescriptor;
import velocity.core.VelocityException;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityUi;

/** The wizard's one page: the dialect, the connection's name, its fields, and Test Connection. */
final class ConnectionPage extends WizardPage {

    private final ConnectionSettings original;
    private final List<DialectDescriptor> dialects;
    private Set<String> takenNames = Set.of();
    private Table dialectTable;
    private Text name;
    private ConnectionFields fields;
    private TestConnectionArea test;

    ConnectionPage(ConnectionSettings original) {
        super("connection");
        this.original = original;
        this.dialects = VelocityUi.velocity().dialects().all();
        setTitle(original == null ? "New Connection" : "Edit Connection '" + original.name() + "'");
        setDescription("Choose the database, then say where it is. Test Connection tries it without saving.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));

        label(area, "Database:").setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        dialectTable = VelocityUi.name(new Table(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION), "wizard.dialect");
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = dialectTable.getItemHeight() * Math.max(3, dialects.size()) + 4;
        dialectTable.setLayoutData(tableData);
        for (DialectDescriptor d : dialects) {
            TableItem item = new TableItem(dialectTable, SWT.NONE);
            item.setText(d.name());
            item.setImage(VelocityUi.dialectImage(d));
            item.setData(d);
        }

        label(area, "Connection name:");
        name = VelocityUi.name(new Text(area, SWT.BORDER), "wizard.name");
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        fields = new ConnectionFields(area, this::validate);
        test = new TestConnectionArea(area, this::testSettings, () -> fields.password());

        dialectTable.addListener(SWT.Selection, e -> dialectChanged());
        name.addModifyListener(e -> validate());
        readTakenNames();
        fill();
        setControl(area);
        validate();
    }

    private void fill() {
        DialectDescriptor initial = original == null ? (dialects.isEmpty() ? null : dialects.get(0))
                : dialects.stream().filter(d -> d.id().equals(original.dialect())).findFirst().orElse(null);
        if (initial != null) {
            dialectTable.setSelection(dialects.indexOf(initial));
        }
        fields.show(initial, original);
        if (original != null) {
            name.setText(original.name());
        }
    }

    private void dialectChanged() {
        fields.show(selectedDialect(), null);
        test.clear();
        ((Composite) getControl()).layout(true, true);
        fitShell();
        validate();
    }

    /** Server dialects have more fields than file ones: grow the dialog rather than clip them. */
    private void fitShell() {
        Shell shell = getShell();
        Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        Point size = shell.getSize();
        if (wanted.y > size.y || wanted.x > size.x) {
            shell.setSize(Math.max(size.x, wanted.x), Math.max(size.y, wanted.y));
        }
    }

    private DialectDescriptor selectedDialect() {
        int index = dialectTable.getSelectionIndex();
        return index < 0 ? null : dialects.get(index);
    }

    private void readTakenNames() {
        try {
            takenNames = VelocityUi.connections().saved().stream().map(ConnectionSettings::name)
                    .filter(n -> original == null || !n.equals(original.name())).collect(Collectors.toSet());
        } catch (VelocityException e) {
            ErrorReporter.report("Listing the saved connections", e);
        }
    }

    private void validate() {
        String problem = problem();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    private String problem() {
        if (selectedDialect() == null) {
            return "Choose a database.";
        }
        String n = name.getText().strip();
        if (n.isEmpty()) {
            return "Give the connection a name.";
        }
        if (takenNames.contains(n)) {
            return "A connection named '" + n + "' exists already: choose another name.";
        }
        return fields.problem();
    }

    /** The settings as typed, for Test Connection: a nameless connection is tested under a stand-in name. */
    private ConnectionSettings testSettings() {
        String problem = problem();
        if (problem != null && !problem.startsWith("A connection named")) {
            setErrorMessage(problem);
            return null;
        }
        boolean keepStored = original != null && fields.password() == null;
        // An untouched stored password is found under the saved name.
        String testName = keepStored ? original.name() : name.getText().strip().isEmpty() ? "new connection"
                : name.getText().strip();
        return fields.settings(testName, selectedDialect(), original);
    }

    /** The settings to save. */
    ConnectionSettings settings() {
        return fields.settings(name.getText().strip(), selectedDialect(), original);
    }

    /** The password typed, or {@code null} when the field is empty. */
    char[] password() {
        return fields.password();
    }

    private static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }
}
