package velocity.ui.export.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import velocity.core.export.ExportOptions;
import velocity.core.export.ExporterDescriptor;
import velocity.ui.VelocityUi;

/**
 * Asks how to export: the rows (for a result: the query run again, or the rows already fetched), the format
 * from the exporter registry and its options, and the file. Widget names start with {@code export.}.
 */
final class ExportDialog extends TitleAreaDialog {

    /** What the user chose. */
    record Choice(ExporterDescriptor format, ExportOptions options, Path file, boolean overwrite, boolean rerun) {
    }

    private static Path lastFolder;

    private final ExportSubject subject;
    private final List<ExporterDescriptor> formats;
    private Combo format;
    private CsvOptionsGroup csv;
    private Text file;
    private Button overwrite;
    private Button rerun;
    private ExporterDescriptor current;
    private Choice choice;

    ExportDialog(Shell parent, ExportSubject subject, List<ExporterDescriptor> formats) {
        super(parent);
        this.subject = subject;
        this.formats = formats;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The choice, once the dialog was closed with Export. */
    Choice choice() {
        return choice;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export Data");
        VelocityUi.name(shell, "export.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Export " + (subject.isTable() ? subject.table().name() : "a result"));
        setMessage(subject.describe() + " to a file, written under a temporary name and renamed when complete.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        if (!subject.isTable()) {
            createRowChoice(body);
        }

        new Label(body, SWT.NONE).setText("&Format:");
        format = VelocityUi.name(new Combo(body, SWT.READ_ONLY), "export.format");
        formats.forEach(f -> format.add(f.name()));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);

        csv = new CsvOptionsGroup(body, this::validate);

        new Label(body, SWT.NONE).setText("F&ile:");
        file = VelocityUi.name(new Text(body, SWT.BORDER), "export.file");
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
        Button browse = VelocityUi.name(new Button(body, SWT.PUSH), "export.browse");
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        overwrite = VelocityUi.name(new Button(body, SWT.CHECK), "export.overwrite");
        overwrite.setText("&Replace the file if it exists");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(overwrite);

        format.addListener(SWT.Selection, e -> formatChanged());
        file.addListener(SWT.Modify, e -> validate());
        overwrite.addListener(SWT.Selection, e -> validate());
        format.select(Math.max(0, indexOf("csv")));
        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        current = selected();
        file.setText(folder.resolve(subject.baseName() + "." + current.fileExtension()).toString());
        formatChanged();
        return area;
    }

    private void createRowChoice(Composite body) {
        Label rows = new Label(body, SWT.NONE);
        rows.setText("Rows:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(rows);
        Composite choices = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(choices);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(choices);
        rerun = VelocityUi.name(new Button(choices, SWT.RADIO), "export.rows.query");
        rerun.setText("Run the &query again and export all its rows");
        rerun.setEnabled(subject.query() != null && subject.connectionName() != null);
        Button fetched = VelocityUi.name(new Button(choices, SWT.RADIO), "export.rows.fetched");
        fetched.setText(String.format("Export the %,d rows &already fetched%s", subject.fetched().size(),
                subject.complete() ? " (the whole result)" : ""));
        boolean rerunFirst = rerun.isEnabled() && !subject.complete();
        rerun.setSelection(rerunFirst);
        fetched.setSelection(!rerunFirst);
    }

    private int indexOf(String id) {
        for (int i = 0; i < formats.size(); i++) {
            if (formats.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private ExporterDescriptor selected() {
        return formats.get(Math.max(0, format.getSelectionIndex()));
    }

    /** Shows the new format's options and gives the file the new format's extension. */
    private void formatChanged() {
        ExporterDescriptor previous = current;
        current = selected();
        csv.enable(current.options());
        String path = file.getText();
        String oldSuffix = "." + previous.fileExtension();
        if (path.endsWith(oldSuffix)) {
            file.setText(path.substring(0, path.length() - oldSuffix.length()) + "." + current.fileExtension());
        }
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export to");
        Path path = Path.of(file.getText().isBlank() ? System.getProperty("user.home") : file.getText());
        if (path.getParent() != null) {
            dialog.setFilterPath(path.getParent().toString());
        }
        dialog.setFileName(path.getFileName() == null ? "" : path.getFileName().toString());
        dialog.setFilterExtensions(new String[] { "*." + current.fileExtension(), "*" });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        String problem = problem();
        setErrorMessage(problem);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    /** What keeps the export from starting, or {@code null}. */
    private String problem() {
        if (file == null) {
            return null;
        }
        try {
            csv.options();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String text = file.getText().strip();
        if (text.isEmpty()) {
            return "Choose the file to write.";
        }
        Path path = Path.of(text).toAbsolutePath();
        if (Files.isDirectory(path)) {
            return path + " is a folder: add a file name.";
        }
        if (path.getParent() == null || !Files.isDirectory(path.getParent())) {
            return "The folder " + path.getParent() + " does not exist.";
        }
        if (Files.exists(path) && !overwrite.getSelection()) {
            return path.getFileName() + " exists already: tick 'Replace the file if it exists' or choose another name.";
        }
        return null;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, "&Export", true);
        VelocityUi.name(ok, "export.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    protected void okPressed() {
        if (problem() != null) {
            validate();
            return;
        }
        Path path = Path.of(file.getText().strip()).toAbsolutePath();
        lastFolder = path.getParent();
        choice = new Choice(current, csv.options(), path, overwrite.getSelection(),
                rerun != null && rerun.getSelection());
        super.okPressed();
    }
}
