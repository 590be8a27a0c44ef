package velocity.ui.export.internal;

import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import velocity.core.export.ExportOptions;
import velocity.core.export.Quoting;
import velocity.ui.VelocityUi;

/** The options of a format that uses them (CSV): delimiter, header, NULL text, quoting, line ending. */
final class CsvOptionsGroup {

    private static final String TAB = "Tab";

    private final Group group;
    private final Combo delimiter;
    private final Button header;
    private final Text nullText;
    private final Combo quoting;
    private final Combo lineEnding;

    CsvOptionsGroup(Composite parent, Runnable onChange) {
        group = new Group(parent, SWT.NONE);
        group.setText("Options");
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(group);

        new Label(group, SWT.NONE).setText("&Delimiter:");
        delimiter = VelocityUi.name(new Combo(group, SWT.DROP_DOWN), "export.delimiter");
        delimiter.setItems(",", ";", TAB, "|");
        delimiter.setText(",");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(delimiter);
        new Label(group, SWT.NONE).setText("&Quote:");
        quoting = VelocityUi.name(new Combo(group, SWT.READ_ONLY), "export.quote");
        quoting.setItems("Where needed", "All values", "All but numbers");
        quoting.select(0);

        new Label(group, SWT.NONE).setText("&NULL as:");
        nullText = VelocityUi.name(new Text(group, SWT.BORDER), "export.null");
        nullText.setMessage("(empty)");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(nullText);
        new Label(group, SWT.NONE).setText("&Line ending:");
        lineEnding = VelocityUi.name(new Combo(group, SWT.READ_ONLY), "export.lineEnding");
        lineEnding.setItems("LF (Unix)", "CRLF (Windows)");
        lineEnding.select(0);

        header = VelocityUi.name(new Button(group, SWT.CHECK), "export.header");
        header.setText("Column names in the first &line");
        header.setSelection(true);
        GridDataFactory.fillDefaults().span(4, 1).applyTo(header);

        delimiter.addListener(SWT.Modify, e -> onChange.run());
        nullText.addListener(SWT.Modify, e -> onChange.run());
    }

    /** Enables the controls of the options a format uses. */
    void enable(Set<String> options) {
        delimiter.setEnabled(options.contains("delimiter"));
        header.setEnabled(options.contains("header"));
        nullText.setEnabled(options.contains("null"));
        quoting.setEnabled(options.contains("quoting"));
        lineEnding.setEnabled(options.contains("lineEnding"));
        group.setEnabled(!options.isEmpty());
    }

    /**
     * The options as given.
     *
     * @throws IllegalArgumentException with a message for the user when they cannot be used
     */
    ExportOptions options() {
        String d = delimiter.getText();
        if (TAB.equals(d)) {
            d = "\t";
        }
        if (d.length() != 1) {
            throw new IllegalArgumentException("The delimiter must be one character (or Tab).");
        }
        Quoting q = switch (quoting.getSelectionIndex()) {
            case 1 -> Quoting.ALL;
            case 2 -> Quoting.NON_NUMERIC;
            default -> Quoting.MINIMAL;
        };
        return new ExportOptions(d.charAt(0), header.getSelection(), nullText.getText(), q,
                lineEnding.getSelectionIndex() == 1 ? "\r\n" : "\n");
    }
}
