package velocity.dialect.mysql.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import velocity.core.ConnectionSettings;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * Turns connection settings into the Connector/J URL. Messages quote at most a URL's scheme: a pasted URL
 * may carry a password in its parameters.
 */
final class MySqlUrls {

    static final int DEFAULT_PORT = 3306;

    private static final String MYSQL_PREFIX = "jdbc:mysql:";
    /** MariaDB's own driver spells its URLs this way; users paste them, and Connector/J reads the rest alike. */
    private static final String MARIADB_PREFIX = "jdbc:mariadb:";
    /** DNS SRV lookups, a Connector/J URL form that does not share the {@code jdbc:mysql:} prefix. */
    private static final String MYSQL_SRV_PREFIX = "jdbc:mysql+srv:";
    private static final List<String> OWN_PREFIXES = List.of(MYSQL_PREFIX, MYSQL_SRV_PREFIX);
    private static final int MAX_PORT = 65_535;

    private MySqlUrls() {
    }

    /**
     * The URL for the settings: their own URL (MariaDB's prefix rewritten) or one built from host, port and
     * database; the settings' driver properties appended as parameters.
     *
     * @throws VelocityException with {@link ErrorKind#CONFIGURATION} when the settings describe no MySQL server
     */
    static String of(ConnectionSettings settings) throws VelocityException {
        String base = isBlank(settings.url()) ? fromHost(settings) : fromUrl(settings);
        return withProperties(base, settings.properties());
    }

    /** Whether the URL's query names a parameter, whatever its case (Connector/J's keys ignore case). */
    static boolean hasParameter(String url, String key) {
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (name.equalsIgnoreCase(key)) {
                return true;
            }
        }
        return false;
    }

    private static String fromUrl(ConnectionSettings settings) throws VelocityException {
        String url = settings.url().strip();
        if (startsWithIgnoreCase(url, MARIADB_PREFIX)) {
            return MYSQL_PREFIX + url.substring(MARIADB_PREFIX.length());
        }
        for (String prefix : OWN_PREFIXES) {
            if (startsWithIgnoreCase(url, prefix)) {
                return url;
            }
        }
        throw new VelocityException(ErrorKind.CONFIGURATION, "The URL of connection '" + settings.name()
                + "' is not a MySQL or MariaDB URL" + schemeOf(url)
                + ". Use a URL that starts with jdbc:mysql:// or jdbc:mariadb://, or give a host instead.");
    }

    private static String fromHost(ConnectionSettings settings) throws VelocityException {
        String host = settings.host();
        if (isBlank(host)) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "Connection '" + settings.name()
                    + "' has neither a host nor a URL. Give the MySQL or MariaDB server's host name (and port), "
                    + "or a complete jdbc:mysql:// URL.");
        }
        int port = settings.port() == 0 ? DEFAULT_PORT : settings.port();
        if (port < 0 || port > MAX_PORT) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "Connection '" + settings.name() + "' has port "
                    + settings.port() + ", which is not a TCP port. Give a port from 1 to 65535, or 0 for "
                    + DEFAULT_PORT + ".");
        }
        host = host.strip();
        boolean bareIpv6 = host.indexOf(':') >= 0 && !host.startsWith("[");
        StringBuilder url = new StringBuilder(MYSQL_PREFIX).append("//")
                .append(bareIpv6 ? "[" + host + "]" : host).append(':').append(port).append('/');
        if (!isBlank(settings.database())) {
            url.append(encode(settings.database()));
        }
        return url.toString();
    }

    /**
     * Appended after the URL's own parameters: Connector/J keeps the last value of a repeated key, and URL
     * parameters override the DataSource's setters, so the settings' properties end up applied last.
     */
    private static String withProperties(String url, Map<String, String> properties) {
        if (properties.isEmpty()) {
            return url;
        }
        StringBuilder sb = new StringBuilder(url);
        char separator = url.indexOf('?') < 0 ? '?' : '&';
        for (Map.Entry<String, String> p : properties.entrySet()) {
            sb.append(separator).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            separator = '&';
        }
        return sb.toString();
    }

    /** Connector/J decodes %XX in paths and parameters but would keep a '+', so spaces go as %20. */
    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String schemeOf(String url) {
        int authority = url.indexOf("//");
        int end = authority > 0 ? authority : url.indexOf(':', url.indexOf(':') + 1) + 1;
        return end > 0 ? " (it starts with '" + url.substring(0, end) + "')" : "";
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
