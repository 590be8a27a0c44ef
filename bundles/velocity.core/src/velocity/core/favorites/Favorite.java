package velocity.core.favorites;

import java.time.Instant;

/**
 * A named query kept for later.
 *
 * @param name its name, unique among the favorites
 * @param folder the folder it is filed in, {@code ""} for the top level
 * @param connection the connection it was saved from, or {@code null}
 * @param sql the SQL text
 * @param saved when it was last saved
 */
public record Favorite(String name, String folder, String connection, String sql, Instant saved) {

    public Favorite {
        name = name == null ? "" : name.strip();
        folder = folder == null ? "" : folder.strip();
        connection = connection == null || connection.isBlank() ? null : connection;
        sql = sql == null ? "" : sql;
        saved = saved == null ? Instant.now() : saved;
    }

    /** A new favorite, saved now. */
    public static Favorite of(String name, String folder, String connection, String sql) {
        return new Favorite(name, folder, connection, sql, Instant.now());
    }

    /** This favorite under another name. */
    public Favorite withName(String value) {
        return new Favorite(value, folder, connection, sql, saved);
    }

    /** This favorite in another folder. */
    public Favorite withFolder(String value) {
        return new Favorite(name, value, connection, sql, saved);
    }
}
