package velocity.core.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

import velocity.core.AtomicFiles;

/**
 * The file an export writes: a temporary file beside the target, given the target's name only when the
 * export is complete, and deleted otherwise. The target therefore never holds half an export, and an
 * existing target is replaced only when the caller asked for it.
 */
public final class ExportFile implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final boolean overwrite;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean published;

    /**
     * Creates the temporary file.
     *
     * @throws FileAlreadyExistsException when the target exists and may not be replaced
     */
    public ExportFile(Path target, boolean overwrite) throws IOException {
        this.target = target.toAbsolutePath();
        this.overwrite = overwrite;
        if (!overwrite && Files.exists(this.target)) {
            throw new FileAlreadyExistsException(this.target.toString());
        }
        Path dir = this.target.getParent();
        this.temp = createTemp(dir, this.target.getFileName().toString());
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /**
     * A new file beside the target. Not Files.createTempFile: its file is readable by its owner only, and the
     * export keeps the permissions of its temporary file, where users expect those of any new file.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            // A leading dot hides the partial file from file managers while it grows.
            Path candidate = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Where the rows go. The exporter must not close it. */
    public OutputStream out() {
        return out;
    }

    public Path temp() {
        return temp;
    }

    /**
     * Gives the complete content the target's name. The content is not forced to disk first, as psql,
     * mariadb and sqlite3 do not force what they export: forcing costs about a fifth of a 1,000,000-row
     * export, and the rename alone already keeps a cancel, an error or a crash of Velocity from leaving half a
     * file at the target. Only a crash of the system itself right after an export can lose its last writes,
     * when the data is still in the database to export again.
     */
    public void publish() throws IOException {
        out.flush();
        channel.close();
        if (overwrite) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            AtomicFiles.publish(temp, target);
        }
        published = true;
    }

    /** Deletes the temporary file unless it was published. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // The file is deleted next; what it held no longer matters.
        }
        if (!published) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                temp.toFile().deleteOnExit();
            }
        }
    }
}
