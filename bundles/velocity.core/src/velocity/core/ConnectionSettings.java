package velocity.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The saved, non-secret settings of a connection. A password is never part of them: it travels separately
 * and is stored through a {@link SecretStore}.
 *
 * @param name unique name the user knows the connection by
 * @param dialect id of the dialect (see {@code velocity.core.dialects}), e.g. {@code postgresql}
 * @param host host name or address; {@code null} for file databases
 * @param port TCP port, 0 for the dialect's default
 * @param database database name, or the file path for file databases
 * @param user user name, or {@code null}
 * @param url a complete JDBC URL that replaces host, port and database, or {@code null}
 * @param properties driver properties, applied after Velocity's own
 * @param savePassword whether the password is kept in the secret store
 * @param connectTimeoutSeconds how long to wait for the server when connecting
 */
public record ConnectionSettings(String name, String dialect, String host, int port, String database, String user,
        String url, Map<String, String> properties, boolean savePassword, int connectTimeoutSeconds) {

    /** The connect timeout used when the settings do not give one. */
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;

    public ConnectionSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dialect, "dialect");
        properties = Map.copyOf(properties == null ? Map.of() : properties);
        if (connectTimeoutSeconds <= 0) {
            connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;
        }
    }

    /** A builder for the given name and dialect id. */
    public static Builder builder(String name, String dialect) {
        return new Builder(name, dialect);
    }

    /** A builder that starts from these settings. */
    public Builder toBuilder() {
        Builder b = new Builder(name, dialect);
        b.host = host;
        b.port = port;
        b.database = database;
        b.user = user;
        b.url = url;
        b.properties.putAll(properties);
        b.savePassword = savePassword;
        b.connectTimeoutSeconds = connectTimeoutSeconds;
        return b;
    }

    /** A short description for messages: the URL or host:port/database, never a password. */
    public String describe() {
        if (url != null) {
            // A pasted URL may carry a password parameter; messages must not.
            return url.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=***");
        }
        if (host == null) {
            return dialect + ":" + (database == null ? "" : database);
        }
        StringBuilder sb = new StringBuilder(dialect).append("://");
        sb.append(host);
        if (port > 0) {
            sb.append(':').append(port);
        }
        if (database != null) {
            sb.append('/').append(database);
        }
        return sb.toString();
    }

    /** Builds {@link ConnectionSettings}. */
    public static final class Builder {
        private String name;
        private final String dialect;
        private String host;
        private int port;
        private String database;
        private String user;
        private String url;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private boolean savePassword;
        private int connectTimeoutSeconds = DEFAULT_CONNECT_TIMEOUT_SECONDS;

        private Builder(String name, String dialect) {
            this.name = name;
            this.dialect = dialect;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder host(String value) {
            this.host = value;
            return this;
        }

        public Builder port(int value) {
            this.port = value;
            return this;
        }

        public Builder database(String value) {
            this.database = value;
            return this;
        }

        public Builder user(String value) {
            this.user = value;
            return this;
        }

        public Builder url(String value) {
            this.url = value;
            return this;
        }

        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Builder savePassword(boolean value) {
            this.savePassword = value;
            return this;
        }

        public Builder connectTimeoutSeconds(int value) {
            this.connectTimeoutSeconds = value;
            return this;
        }

        public ConnectionSettings build() {
            return new ConnectionSettings(name, dialect, host, port, database, user, url, properties, savePassword,
                    connectTimeoutSeconds);
        }
    }
}
