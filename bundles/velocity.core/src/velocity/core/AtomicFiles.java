package velocity.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the text goes to a
 * temporary file in the same folder, is forced to disk, then renamed over the target. A new file that must
 * not replace anything is {@linkplain #publish published} instead.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Replaces the target's content with the text, in UTF-8, creating its folder when needed.
     *
     * @throws IOException when the file cannot be written; the target is then unchanged
     */
    public static void writeString(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    Writer writer = java.nio.channels.Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                writer.write(content);
                writer.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Gives a finished file, written under a temporary name in the target's folder, its final name, unless a
     * file has that name already. A rename would silently replace such a file; a hard link fails instead,
     * even when another process creates the target meanwhile, and the temporary name is then removed.
     *
     * @throws FileAlreadyExistsException when the target exists; the temporary file is left to the caller
     */
    public static void publish(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            // No hard links on this file system (FAT, some network shares): a move that looks first.
            Files.move(temp, target);
            return;
        }
        Files.delete(temp);
    }
}
