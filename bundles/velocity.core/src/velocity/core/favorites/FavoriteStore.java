package velocity.core.favorites;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import velocity.core.AtomicFiles;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;
import velocity.core.internal.FavoritesJson;
import velocity.core.internal.FileLocks;

/**
 * The favorite queries of a Velocity home, in {@code $VELOCITY_HOME/favorites.json}. The file is read afresh
 * for every operation and every change is read, applied and written atomically under a file lock, so the
 * workbench and the command line can share it. A file that cannot be read is never overwritten: it is
 * renamed to {@code favorites.json.corrupt-<time>} and a {@linkplain #takeWarnings() warning} says so.
 */
public final class FavoriteStore {

    /** A change to the favorites, checked and applied while the file is locked. */
    @FunctionalInterface
    public interface Change {
        /** The favorites after the change. */
        Favorites apply(Favorites current) throws VelocityException;
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Path lockFile;
    private final List<String> warnings = new ArrayList<>();

    public FavoriteStore(VelocityHome home) {
        this(home.path().resolve("favorites.json"));
    }

    public FavoriteStore(Path file) {
        this.file = file;
        this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
    }

    /** The file the favorites are kept in. */
    public Path file() {
        return file;
    }

    /** The favorites and their folders. */
    public Favorites read() throws VelocityException {
        return locked("read", () -> load());
    }

    /** Applies a change and writes the result; nothing is written when the change throws. */
    public Favorites update(Change change) throws VelocityException {
        return locked("written", () -> {
            Favorites next;
            try {
                next = change.apply(load());
            } catch (VelocityException e) {
                throw new Rejected(e);
            }
            AtomicFiles.writeString(file, FavoritesJson.write(next));
            return next;
        });
    }

    /**
     * Warnings met while reading the file (a corrupt file set aside) since the last call; the caller shows
     * them to the user.
     */
    public synchronized List<String> takeWarnings() {
        List<String> result = List.copyOf(warnings);
        warnings.clear();
        return result;
    }

    private Favorites load() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Favorites(List.of(), List.of());
        }
        try {
            return FavoritesJson.read(text);
        } catch (FavoritesJson.FormatException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP));
            Files.move(file, aside);
            synchronized (this) {
                warnings.add("The favorites file " + file + " could not be read because " + e.getMessage()
                        + ". It was kept unchanged as " + aside + "; the favorites start empty.");
            }
            return new Favorites(List.of(), List.of());
        }
    }

    private <T> T locked(String what, FileLocks.Work<T> work) throws VelocityException {
        try {
            return FileLocks.withLock(lockFile, work);
        } catch (Rejected e) {
            throw e.reason;
        } catch (IOException e) {
            throw new VelocityException(ErrorKind.IO, "The favorites file " + file + " could not be " + what + ": "
                    + e.getMessage() + ". Check that the Velocity home is writable.", e);
        }
    }

    /** Carries a refused change out of the locked section. */
    private static final class Rejected extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient VelocityException reason;

        Rejected(VelocityException reason) {
            super(reason.getMessage());
            this.reason = reason;
        }
    }
}
