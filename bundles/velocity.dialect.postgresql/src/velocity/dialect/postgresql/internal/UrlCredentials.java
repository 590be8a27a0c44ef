package velocity.dialect.postgresql.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A pgjdbc URL with its {@code password} parameter taken out. pgjdbc logs a URL it cannot parse in full,
 * so the password must not be in the URL the driver sees; it goes to the DataSource's password instead.
 *
 * @param url the URL without any {@code password} parameter
 * @param password the decoded password of the URL, or {@code null} when it has none
 */
record UrlCredentials(String url, String password) {

    private static final String PASSWORD_PARAMETER = "password=";

    /** Splits the password off; it is percent-decoded as pgjdbc decodes URL parameters. */
    static UrlCredentials split(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return new UrlCredentials(url, null);
        }
        StringBuilder kept = new StringBuilder(url.length()).append(url, 0, query);
        String password = null;
        char separator = '?';
        for (String parameter : url.substring(query + 1).split("&")) {
            if (parameter.startsWith(PASSWORD_PARAMETER)) {
                password = URLDecoder.decode(parameter.substring(PASSWORD_PARAMETER.length()), StandardCharsets.UTF_8);
            } else if (!parameter.isEmpty()) {
                kept.append(separator).append(parameter);
                separator = '&';
            }
        }
        return new UrlCredentials(kept.toString(), password);
    }
}
