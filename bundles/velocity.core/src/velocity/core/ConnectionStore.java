package velocity.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import velocity.core.internal.ConnectionsJson;

/**
 * The saved connections, kept as JSON in the Velocity home. The file is read afresh for every operation, so
 * the workbench and the command line can share it, and written atomically. A file that cannot be read
 * (corrupt, or written by a newer Velocity) is never overwritten: it is renamed aside and a warning says
 * where it went. Passwords are not part of the file; see {@link SecretStore}.
 */
public final class ConnectionStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final SecretStore secrets;
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param home where the file lives
     * @param secrets where the passwords of the connections live (deleted and copied along with them)
     */
    public ConnectionStore(VelocityHome home, SecretStore secrets) {
        this.file = home.connectionsFile();
        this.secrets = secrets;
    }

    /** The file the connections are kept in. */
    public Path file() {
        return file;
    }

    /**
     * Warnings met while reading the file (a corrupt file set aside, ...) since the last call; the caller
     * shows them to the user.
     */
    public synchronized List<String> takeWarnings() {
        List<String> result = List.copyOf(warnings);
        warnings.clear();
        return result;
    }

    /** The saved connections, in the order they were added. */
    public synchronized List<ConnectionSettings> list() throws VelocityException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VelocityException(ErrorKind.IO, "The connections file " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return ConnectionsJson.read(text);
        } catch (ConnectionsJson.FormatException e) {
            Path aside = file.resolveSibling(file.getFileName() + (e.newer() ? ".newer-" : ".corrupt-")
                    + LocalDateTime.now().format(STAMP));
            try {
                Files.move(file, aside);
            } catch (IOException io) {
                throw new VelocityException(ErrorKind.IO, "The connections file " + file + " cannot be used because "
                        + e.getMessage() + ", and it could not be set aside: " + io.getMessage(), io);
            }
            warnings.add("The connections file " + file + " could not be used because " + e.getMessage()
                    + ". It was kept unchanged as " + aside + "; Velocity starts with no saved connections.");
            return List.of();
        }
    }

    /** The connection with this name, if saved. */
    public synchronized Optional<ConnectionSettings> find(String name) throws VelocityException {
        return list().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * The connection with this name.
     *
     * @throws VelocityException with {@link ErrorKind#CONFIGURATION} when none is saved under the name
     */
    public synchronized ConnectionSettings get(String name) throws VelocityException {
        Optional<ConnectionSettings> found = find(name);
        if (found.isEmpty()) {
            List<String> names = list().stream().map(ConnectionSettings::name).toList();
            throw new VelocityException(ErrorKind.CONFIGURATION, "No saved connection is named '" + name + "'."
                    + (names.isEmpty() ? " There are no saved connections." : " Saved: " + String.join(", ", names) + "."));
        }
        return found.get();
    }

    /**
     * Saves a connection, adding it or replacing the one with the same name.
     *
     * @param password the password to keep when the settings say so, or {@code null} to leave the stored one
     */
    public synchronized void save(ConnectionSettings settings, char[] password) throws VelocityException {
        if (settings.name().isBlank()) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "A connection needs a name.");
        }
        List<ConnectionSettings> all = new ArrayList<>(list());
        boolean replaced = false;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(settings.name())) {
                all.set(i, settings);
                replaced = true;
            }
        }
        if (!replaced) {
            all.add(settings);
        }
        // The password first: when the secret store refuses it (no master password given), nothing is saved.
        if (settings.savePassword() && password != null) {
            secrets.put(settings.name(), password);
        }
        write(all);
        if (!settings.savePassword()) {
            secrets.remove(settings.name());
        }
    }

    /**
     * Deletes a saved connection and its stored password.
     *
     * @return whether a connection of that name existed
     */
    public synchronized boolean delete(String name) throws VelocityException {
        List<ConnectionSettings> all = new ArrayList<>(list());
        boolean removed = all.removeIf(c -> c.name().equals(name));
        if (removed) {
            write(all);
            secrets.remove(name);
        }
        return removed;
    }

    /**
     * Copies a saved connection, with its stored password, under a new name.
     *
     * @param newName the copy's name, or {@code null} for "NAME (copy)", "NAME (copy 2)", ...
     * @return the copy
     */
    public synchronized ConnectionSettings duplicate(String name, String newName) throws VelocityException {
        ConnectionSettings original = get(name);
        List<ConnectionSettings> all = list();
        String target = newName;
        if (target == null) {
            target = name + " (copy)";
            for (int n = 2; exists(all, target); n++) {
                target = name + " (copy " + n + ")";
            }
        } else if (exists(all, target)) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "A connection named '" + target + "' exists already.");
        }
        ConnectionSettings copy = original.toBuilder().name(target).build();
        save(copy, original.savePassword() ? secrets.get(name) : null);
        return copy;
    }

    private static boolean exists(List<ConnectionSettings> all, String name) {
        return all.stream().anyMatch(c -> c.name().equals(name));
    }

    private void write(List<ConnectionSettings> all) throws VelocityException {
        try {
            AtomicFiles.writeString(file, ConnectionsJson.write(all));
        } catch (IOException e) {
            throw new VelocityException(ErrorKind.IO, "The connections file " + file + " cannot be written: " + e.getMessage()
                    + ". Nothing was changed.", e);
        }
    }
}
