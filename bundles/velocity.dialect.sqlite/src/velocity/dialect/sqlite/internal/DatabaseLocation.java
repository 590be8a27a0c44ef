package velocity.dialect.sqlite.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * Turns a connection's settings into the driver's URL. SQLite creates a missing database file on first open,
 * which is what a user expects of a new file; but a missing folder would only surface as the opaque
 * SQLITE_CANTOPEN at the first query, so it is reported here, with the path.
 */
final class DatabaseLocation {

    static final String URL_PREFIX = "jdbc:sqlite:";

    private static final String MEMORY = ":memory:";
    private static final String URI_SCHEME = "file:";
    private static final String RESOURCE_SCHEME = ":resource:";

    private DatabaseLocation() {
    }

    /** The jdbc:sqlite: URL for the settings: their URL when set, else one for their database path. */
    static String url(ConnectionSettings settings) throws VelocityException {
        return settings.url() != null ? checkedUrl(settings) : urlForPath(settings);
    }

    private static String checkedUrl(ConnectionSettings settings) throws VelocityException {
        String url = settings.url().strip();
        if (!url.regionMatches(true, 0, URL_PREFIX, 0, URL_PREFIX.length())) {
            throw configuration(settings, "the URL " + scheme(url) + "... is not an SQLite URL; it must start with "
                    + URL_PREFIX);
        }
        String target = url.substring(URL_PREFIX.length());
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        if (isPlainPath(path)) {
            checkFolder(settings, path);
        }
        return url;
    }

    private static String urlForPath(ConnectionSettings settings) throws VelocityException {
        String database = settings.database() == null ? "" : settings.database().strip();
        if (database.isEmpty()) {
            throw configuration(settings, "no database file is set; give the path of the SQLite file or a "
                    + URL_PREFIX + " URL");
        }
        if (!isPlainPath(database)) {
            return URL_PREFIX + database;
        }
        return URL_PREFIX + checkFolder(settings, expandHome(database));
    }

    /** In-memory databases, file: URIs and class path resources have no folder to check. */
    private static boolean isPlainPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return !path.isEmpty() && !lower.equals(MEMORY) && !lower.startsWith(URI_SCHEME)
                && !lower.startsWith(RESOURCE_SCHEME);
    }

    private static String expandHome(String path) {
        if (path.equals("~") || path.startsWith("~/") || path.startsWith("~" + File.separator)) {
            return System.getProperty("user.home") + path.substring(1);
        }
        return path;
    }

    /** The absolute path of the file, once its folder is known to exist. */
    private static String checkFolder(ConnectionSettings settings, String path) throws VelocityException {
        Path file;
        try {
            file = Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw configuration(settings, "'" + path + "' is not a valid file path: " + e.getReason());
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw configuration(settings, "the folder of the database file '" + file + "' does not exist");
        }
        if (Files.isDirectory(file)) {
            throw configuration(settings, "'" + file + "' is a folder, not an SQLite database file");
        }
        return file.toString();
    }

    /** Only the part before the host or path: the rest of a foreign URL may hold credentials. */
    private static String scheme(String url) {
        int first = url.indexOf(':');
        int second = first < 0 ? -1 : url.indexOf(':', first + 1);
        return second < 0 ? "" : url.substring(0, second + 1);
    }

    static VelocityException configuration(ConnectionSettings settings, String problem) {
        return new VelocityException(ErrorKind.CONFIGURATION,
                "Connection '" + settings.name() + "': " + problem + ".", settings.name(), null, 0, -1, null);
    }
}
