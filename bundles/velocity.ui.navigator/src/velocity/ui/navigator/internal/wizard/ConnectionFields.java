package velocity.ui.navigator.internal.wizard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import velocity.core.ConnectionSettings;
import velocity.core.DialectDescriptor;
import velocity.core.KeychainStatus;
import velocity.ui.VelocityUi;

/**
 * The fields that depend on the dialect: host, port, database, user and password for servers, a file for
 * file databases, and driver options for both. Only the group that applies is shown.
 */
final class ConnectionFields {

    private final Runnable onChange;
    private final Composite server;
    private final Composite file;
    private final Text host;
    private final Text port;
    private final Text database;
    private final Text user;
    private final Text password;
    private final Button savePassword;
    private final Text url;
    private final Text path;
    private final Text options;
    private DialectDescriptor dialect;

    ConnectionFields(Composite parent, Runnable onChange) {
        this.onChange = onChange;
        server = group(parent);
        host = text(server, "Host:", "wizard.host", SWT.BORDER);
        port = text(server, "Port:", "wizard.port", SWT.BORDER);
        database = text(server, "Database:", "wizard.database", SWT.BORDER);
        user = text(server, "User:", "wizard.user", SWT.BORDER);
        password = text(server, "Password:", "wizard.password", SWT.BORDER | SWT.PASSWORD);
        new Label(server, SWT.NONE);
        savePassword = VelocityUi.name(new Button(server, SWT.CHECK), "wizard.savePassword");
        savePassword.setText("Save password (in the encrypted secret store, never in the settings file)");
        showKeychain(savePassword);
        url = text(server, "JDBC URL:", "wizard.url", SWT.BORDER);
        url.setMessage("optional: replaces host, port and database");

        file = group(parent);
        Label fileLabel = new Label(file, SWT.NONE);
        fileLabel.setText("Database file:");
        Composite row = new Composite(file, SWT.NONE);
        GridLayout rowLayout = new GridLayout(2, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        row.setLayout(rowLayout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        path = VelocityUi.name(new Text(row, SWT.BORDER), "wizard.file");
        path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        path.setMessage("a new file is created on first connect");
        path.addModifyListener(e -> onChange.run());
        Button browse = VelocityUi.name(new Button(row, SWT.PUSH), "wizard.browse");
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browse());

        Label optionsLabel = new Label(parent, SWT.NONE);
        optionsLabel.setText("Driver options:");
        optionsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        options = VelocityUi.name(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL), "wizard.options");
        options.setMessage("one key=value a line, e.g. sslmode=require");
        GridData optionsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        optionsData.heightHint = options.getLineHeight() * 3;
        options.setLayoutData(optionsData);
        options.addModifyListener(e -> onChange.run());
    }

    /** Shows the fields of a dialect, filled from {@code settings} when given. */
    void show(DialectDescriptor newDialect, ConnectionSettings settings) {
        DialectDescriptor previous = dialect;
        dialect = newDialect;
        boolean fileBased = newDialect != null && newDialect.fileBased();
        setShown(server, newDialect != null && !fileBased);
        setShown(file, fileBased);
        if (settings != null) {
            host.setText(nonNull(settings.host()));
            port.setText(settings.port() > 0 ? Integer.toString(settings.port()) : "");
            user.setText(nonNull(settings.user()));
            url.setText(nonNull(settings.url()));
            savePassword.setSelection(settings.savePassword());
            (fileBased ? path : database).setText(nonNull(settings.database()));
            options.setText(settings.properties().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n")));
            if (settings.savePassword()) {
                password.setMessage("leave empty to keep the saved password");
            }
        } else if (newDialect != null && !fileBased) {
            String previousDefault = previous == null ? "" : Integer.toString(previous.defaultPort());
            if (port.getText().isBlank() || port.getText().equals(previousDefault)) {
                port.setText(newDialect.defaultPort() > 0 ? Integer.toString(newDialect.defaultPort()) : "");
            }
            if (host.getText().isBlank()) {
                host.setText("localhost");
            }
        }
    }

    /** What keeps the fields from making a connection, or {@code null}. */
    String problem() {
        if (dialect == null) {
            return null;
        }
        if (dialect.fileBased()) {
            return path.getText().isBlank() ? "Choose the database file." : optionsProblem();
        }
        if (url.getText().isBlank()) {
            if (host.getText().isBlank()) {
                return "Give the server's host name or address.";
            }
            String p = port.getText().strip();
            if (!p.isEmpty() && !p.matches("\\d{1,5}") || !p.isEmpty() && Integer.parseInt(p) > 65535) {
                return "The port is a number from 1 to 65535 (empty for " + dialect.defaultPort() + ").";
            }
        } else if (!dialect.accepts(url.getText().strip())) {
            return "A " + dialect.name() + " URL starts with " + dialect.urlPrefix();
        }
        return optionsProblem();
    }

    private String optionsProblem() {
        for (String line : options.getText().split("\\R")) {
            if (!line.isBlank() && line.indexOf('=') <= 0) {
                return "Driver options are key=value lines; '" + line.strip() + "' is not.";
            }
        }
        return null;
    }

    /** Settings from the fields; keeps what the wizard does not show (the timeout) from {@code original}. */
    ConnectionSettings settings(String name, DialectDescriptor d, ConnectionSettings original) {
        ConnectionSettings.Builder b = ConnectionSettings.builder(name, d.id());
        if (original != null) {
            b.connectTimeoutSeconds(original.connectTimeoutSeconds());
        }
        if (d.fileBased()) {
            b.database(path.getText().strip());
        } else {
            b.host(blankToNull(host.getText())).database(blankToNull(database.getText()))
                    .user(blankToNull(user.getText())).url(blankToNull(url.getText()))
                    .savePassword(savePassword.getSelection());
            String p = port.getText().strip();
            b.port(p.isEmpty() ? 0 : Integer.parseInt(p));
        }
        for (Map.Entry<String, String> option : options().entrySet()) {
            b.property(option.getKey(), option.getValue());
        }
        return b.build();
    }

    /** The password typed, or {@code null}. */
    char[] password() {
        return dialect == null || dialect.fileBased() || password.getText().isEmpty() ? null
                : password.getText().toCharArray();
    }

    private Map<String, String> options() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : options.getText().split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return map;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(path.getShell(), SWT.SAVE);
        dialog.setText("Database File");
        dialog.setOverwrite(false);
        dialog.setFilterExtensions(new String[] { "*.db;*.sqlite;*.sqlite3", "*" });
        dialog.setFilterNames(new String[] { "SQLite databases", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            path.setText(chosen);
        }
    }

    private Composite group(Composite parent) {
        Composite group = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        group.setLayout(layout);
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return group;
    }

    private Text text(Composite parent, String label, String id, int style) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        Text text = VelocityUi.name(new Text(parent, style), id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addModifyListener(e -> onChange.run());
        return text;
    }

    private static void setShown(Control control, boolean shown) {
        control.setVisible(shown);
        ((GridData) control.getLayoutData()).exclude = !shown;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Says next to "Save password" who keeps the key of the secret store. Finding out may ask the OS keyring,
     * which is not for the UI thread.
     */
    private static void showKeychain(Button savePassword) {
        Job.create("Checking the OS keyring", monitor -> {
            KeychainStatus status = VelocityUi.velocity().secrets().status();
            String text = status.storage() == KeychainStatus.Storage.KEYRING
                    ? "Save password (encrypted; the OS keyring keeps the key)"
                    : "Save password (encrypted with a master password, asked once per session)";
            savePassword.getDisplay().asyncExec(() -> {
                if (!savePassword.isDisposed()) {
                    savePassword.setText(text);
                    savePassword.setToolTipText("Never in the settings file: " + status.detail()
                            + (status.keyringProblem() == null ? "" : ". No OS keyring: " + status.keyringProblem()));
                    savePassword.getParent().layout(true);
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }
}
