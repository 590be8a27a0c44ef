package velocity.ui.sql.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

import velocity.core.AtomicFiles;

/**
 * The script files: {@code <instance location>/scripts/Script-N.sql}, and beside each one
 * {@code Script-N.properties} holding the bound connection ({@code connection=NAME}). Every write goes to a
 * temporary file that is then renamed over the old one, so a crash leaves either the old or the new text.
 */
final class ScriptStore {

    private static final String CONNECTION_KEY = "connection";

    private ScriptStore() {
    }

    /** The scripts folder, created when absent. */
    static Path folder() throws IOException {
        Location instance = Platform.getInstanceLocation();
        Path base = instance != null && instance.getURL() != null ? Paths.get(instance.getURL().getPath())
                : Paths.get(System.getProperty("user.home"), ".velocity", "workspace");
        return Files.createDirectories(base.resolve("scripts"));
    }

    /** Creates the next free {@code Script-N.sql}, empty, bound to a connection (or none). */
    static Path create(String connectionName) throws IOException {
        Path folder = folder();
        for (int n = 1;; n++) {
            Path script = folder.resolve("Script-" + n + ".sql");
            if (Files.exists(propertiesOf(script))) {
                continue;
            }
            try {
                Files.createFile(script);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            bind(script, connectionName);
            return script;
        }
    }

    static String read(Path script) throws IOException {
        return Files.isRegularFile(script) ? Files.readString(script, StandardCharsets.UTF_8) : "";
    }

    static void write(Path script, String text) throws IOException {
        AtomicFiles.writeString(script, text);
    }

    /** The connection the script is bound to, or {@code null}. */
    static String connectionOf(Path script) {
        Path file = propertiesOf(script);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            properties.load(reader);
        } catch (IOException e) {
            return null;
        }
        String name = properties.getProperty(CONNECTION_KEY);
        return name == null || name.isBlank() ? null : name;
    }

    static void bind(Path script, String connectionName) throws IOException {
        Properties properties = new Properties();
        if (connectionName != null) {
            properties.setProperty(CONNECTION_KEY, connectionName);
        }
        StringWriter text = new StringWriter();
        properties.store(text, "The saved connection of " + script.getFileName());
        AtomicFiles.writeString(propertiesOf(script), text.toString());
    }

    static Path propertiesOf(Path script) {
        String name = script.getFileName().toString();
        String base = name.endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
        return script.resolveSibling(base + ".properties");
    }
}
