package velocity.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import velocity.core.favorites.Favorite;
import velocity.core.favorites.Favorites;

/** The favorites file: {@code {"version":1,"folders":[...],"favorites":[{name, folder, connection, sql, saved}]}}. */
public final class FavoritesJson {

    private static final int VERSION = 1;

    /** The text is not a favorites file Velocity can read. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;

        FormatException(String message) {
            super(message);
        }
    }

    private FavoritesJson() {
    }

    public static Favorites read(String text) throws FormatException {
        JsonObject root;
        try {
            root = JsonParser.parseString(text).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new FormatException("it is not valid JSON (" + e.getMessage() + ")");
        }
        try {
            int version = root.has("version") ? root.get("version").getAsInt() : VERSION;
            if (version > VERSION) {
                throw new FormatException("it was written by a newer Velocity (version " + version + ")");
            }
            List<String> folders = new ArrayList<>();
            if (root.has("folders")) {
                for (JsonElement e : root.getAsJsonArray("folders")) {
                    folders.add(e.getAsString());
                }
            }
            List<Favorite> favorites = new ArrayList<>();
            if (root.has("favorites")) {
                for (JsonElement e : root.getAsJsonArray("favorites")) {
                    JsonObject o = e.getAsJsonObject();
                    favorites.add(new Favorite(o.get("name").getAsString(), string(o, "folder"), string(o, "connection"),
                            o.get("sql").getAsString(), o.has("saved") ? Instant.parse(o.get("saved").getAsString()) : null));
                }
            }
            return new Favorites(folders, favorites);
        } catch (RuntimeException e) {
            throw new FormatException("an entry is malformed (" + e.getMessage() + ")");
        }
    }

    public static String write(Favorites favorites) {
        JsonObject root = new JsonObject();
        root.addProperty("version", VERSION);
        JsonArray folders = new JsonArray();
        favorites.folders().forEach(folders::add);
        root.add("folders", folders);
        JsonArray list = new JsonArray();
        for (Favorite f : favorites.favorites()) {
            JsonObject o = new JsonObject();
            o.addProperty("name", f.name());
            o.addProperty("folder", f.folder());
            if (f.connection() != null) {
                o.addProperty("connection", f.connection());
            }
            o.addProperty("sql", f.sql());
            o.addProperty("saved", f.saved().toString());
            list.add(o);
        }
        root.add("favorites", list);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
