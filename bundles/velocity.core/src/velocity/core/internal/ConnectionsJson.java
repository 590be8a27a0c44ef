package velocity.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import velocity.core.ConnectionSettings;

/**
 * The connections file's format. It carries a format number so that an older Velocity recognises a file
 * written by a newer one instead of dropping what it does not understand.
 */
public final class ConnectionsJson {

    /** The format this code reads and writes. */
    public static final int FORMAT = 1;

    /** The file is not valid for this format; the message says where and why. */
    public static final class FormatException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean newer;

        FormatException(String message, boolean newer, Throwable cause) {
            super(message, cause);
            this.newer = newer;
        }

        /** Whether the file was written by a newer Velocity. */
        public boolean newer() {
            return newer;
        }
    }

    private ConnectionsJson() {
    }

    public static List<ConnectionSettings> read(String text) throws FormatException {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (RuntimeException e) {
            throw new FormatException("it is not valid JSON (" + Errors.rootMessage(e) + ")", false, e);
        }
        if (!root.isJsonObject()) {
            throw new FormatException("it does not hold a JSON object", false, null);
        }
        JsonObject object = root.getAsJsonObject();
        int format = object.has("format") && object.get("format").isJsonPrimitive() ? object.get("format").getAsInt() : -1;
        if (format > FORMAT) {
            throw new FormatException("it was written by a newer Velocity (format " + format + "; this one reads format "
                    + FORMAT + ")", true, null);
        }
        if (format != FORMAT || !object.has("connections") || !object.get("connections").isJsonArray()) {
            throw new FormatException("it lacks the \"format\" number or the \"connections\" array", false, null);
        }
        List<ConnectionSettings> result = new ArrayList<>();
        int index = 0;
        for (JsonElement e : object.getAsJsonArray("connections")) {
            try {
                result.add(readOne(e.getAsJsonObject()));
            } catch (RuntimeException ex) {
                throw new FormatException("connection #" + (index + 1) + " is malformed (" + Errors.rootMessage(ex) + ")",
                        false, ex);
            }
            index++;
        }
        return result;
    }

    private static ConnectionSettings readOne(JsonObject o) {
        ConnectionSettings.Builder b = ConnectionSettings.builder(required(o, "name"), required(o, "dialect"));
        b.host(optional(o, "host")).database(optional(o, "database")).user(optional(o, "user")).url(optional(o, "url"));
        if (o.has("port")) {
            b.port(o.get("port").getAsInt());
        }
        if (o.has("savePassword")) {
            b.savePassword(o.get("savePassword").getAsBoolean());
        }
        if (o.has("connectTimeoutSeconds")) {
            b.connectTimeoutSeconds(o.get("connectTimeoutSeconds").getAsInt());
        }
        if (o.has("properties")) {
            for (Map.Entry<String, JsonElement> p : o.getAsJsonObject("properties").entrySet()) {
                b.property(p.getKey(), p.getValue().getAsString());
            }
        }
        return b.build();
    }

    private static String required(JsonObject o, String key) {
        String v = optional(o, key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("\"" + key + "\" is missing");
        }
        return v;
    }

    private static String optional(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    public static String write(List<ConnectionSettings> connections) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        JsonArray array = new JsonArray();
        for (ConnectionSettings s : connections) {
            JsonObject o = new JsonObject();
            o.addProperty("name", s.name());
            o.addProperty("dialect", s.dialect());
            put(o, "host", s.host());
            if (s.port() > 0) {
                o.addProperty("port", s.port());
            }
            put(o, "database", s.database());
            put(o, "user", s.user());
            put(o, "url", s.url());
            o.addProperty("savePassword", s.savePassword());
            o.addProperty("connectTimeoutSeconds", s.connectTimeoutSeconds());
            if (!s.properties().isEmpty()) {
                JsonObject p = new JsonObject();
                new LinkedHashMap<>(s.properties()).forEach((k, v) -> p.add(k, new JsonPrimitive(v)));
                o.add("properties", p);
            }
            array.add(o);
        }
        root.add("connections", array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null) {
            o.addProperty(key, value);
        }
    }
}
