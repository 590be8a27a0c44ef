package velocity.core.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionManager;
import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.AtomicFiles;
import velocity.core.internal.sample.SampleGenerator;

/**
 * Creates the sample database: an SQLite file holding a small shop (customers, addresses, products,
 * categories, suppliers, employees, orders and their lines, payments and status history, reviews) with its
 * keys, indexes, three views, a trigger and some 95,000 rows, the same ones every time. The file is written
 * under a temporary name in the target's folder and takes its name only once complete, so a failed or
 * cancelled generation leaves nothing at the path; an existing file is never replaced.
 *
 * <p>The core has no SQLite driver of its own: the file is written through the {@value #DIALECT} dialect,
 * which must be installed. The result is the settings of a connection to the new file, named
 * {@value #CONNECTION_NAME}; they are not saved.
 */
public final class CreateSampleDatabaseOperation implements VelocityOperation<ConnectionSettings> {

    /** The name of the sample database's connection. */
    public static final String CONNECTION_NAME = "Sample (SQLite)";

    /** The id of the dialect the sample database is written with. */
    public static final String DIALECT = "sqlite";

    private static final String[] SQLITE_SIDE_FILES = { "-journal", "-wal", "-shm" };

    private final ConnectionManager manager;
    private final Path file;

    /** @param file where the database goes; its folder is created when missing */
    public CreateSampleDatabaseOperation(ConnectionManager manager, Path file) {
        this.manager = manager;
        this.file = file.toAbsolutePath().normalize();
    }

    /** The settings of a connection named {@value #CONNECTION_NAME} to a sample database file. */
    public static ConnectionSettings settings(Path file) {
        return ConnectionSettings.builder(CONNECTION_NAME, DIALECT)
                .database(file.toAbsolutePath().normalize().toString()).build();
    }

    @Override
    public String label() {
        return "Creating the sample database " + file;
    }

    /**
     * @throws VelocityException with {@link ErrorKind#IO} when the file exists or cannot be written,
     *             {@link ErrorKind#CANCELLED} when the monitor was cancelled
     */
    @Override
    public ConnectionSettings run(Monitor monitor) throws VelocityException {
        monitor.checkCancelled(label());
        refuseExisting();
        Path temp = createTemporary();
        try {
            write(temp, monitor);
            monitor.checkCancelled(label());
            forceToDisk(temp);
            AtomicFiles.publish(temp, file);
        } catch (FileAlreadyExistsException e) {
            throw exists();
        } catch (IOException e) {
            throw new VelocityException(ErrorKind.IO, "The sample database could not be written to " + file + ": "
                    + e.getMessage() + ".", e);
        } finally {
            deleteTemporary(temp);
        }
        return settings(file);
    }

    private void write(Path temp, Monitor monitor) throws VelocityException {
        // A name of its own: connecting under the name of a connection that is open would close that one.
        ConnectionSettings settings = ConnectionSettings.builder("New sample database " + temp.getFileName(), DIALECT)
                .database(temp.toString()).property("velocity.poolSize", "1").build();
        ActiveConnection connection = manager.connect(settings, null, monitor);
        try {
            connection.withSession(monitor, "Creating the sample database", false,
                    session -> new SampleGenerator(session).generate());
        } finally {
            manager.disconnect(settings.name());
        }
    }

    private void refuseExisting() throws VelocityException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw exists();
        }
    }

    private VelocityException exists() {
        return new VelocityException(ErrorKind.IO, "The file " + file + " exists already; the sample database is "
                + "never written over a file. Remove it, or choose another path.");
    }

    private Path createTemporary() throws VelocityException {
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
            // The name is fixed rather than derived from the target's, whose characters the driver's URL might
            // read as options.
            return Files.createTempFile(folder, ".velocity-sample-", ".tmp");
        } catch (IOException e) {
            throw new VelocityException(ErrorKind.IO, "The sample database cannot be created in " + folder + ": "
                    + e.getMessage() + ".", e);
        }
    }

    /** SQLite was told not to sync while writing; the finished file must reach the disk before it is named. */
    private static void forceToDisk(Path temp) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteTemporary(Path temp) {
        try {
            Files.deleteIfExists(temp);
            for (String suffix : SQLITE_SIDE_FILES) {
                Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
            }
        } catch (IOException e) {
            // A leftover hidden temporary file is untidy but harmless; the error that matters is the caller's.
        }
    }
}
