package velocity.dialect.sqlite.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import velocity.core.ErrorKind;
import velocity.core.spi.ErrorTranslator;

/**
 * Reads sqlite-jdbc's exceptions. The driver sets no SQLState, so the core's SQLState classes see nothing:
 * the primary SQLite result code (in {@link SQLException#getErrorCode()}) and the message text are all there
 * is. SQLITE_ERROR covers syntax errors and unknown objects alike, so those are told apart by SQLite's
 * message wording, which has been stable across 3.x.
 */
final class SqliteErrorTranslator implements ErrorTranslator {

    private static final int SQLITE_ERROR = 1;
    private static final int SQLITE_INTERRUPT = 9;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_AUTH = 23;
    private static final int SQLITE_NOTADB = 26;

    private static final String INCOMPLETE_INPUT = "incomplete input";
    private static final List<String> SYNTAX_WORDING = List.of(": syntax error", "unrecognized token:",
            INCOMPLETE_INPUT);
    private static final List<String> UNKNOWN_OBJECT_WORDING = List.of("no such table:", "no such column:",
            "no such function:", "no such index:", "no such view:", "no such trigger:", "no such module:",
            "no such collation sequence:", "no such savepoint:", "unknown database ");

    /** The token SQLite quotes, greedy so that a token containing a double quote is read whole. */
    private static final Pattern NEAR_TOKEN = Pattern.compile("near \"(.*)\": syntax error");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("unrecognized token: \"(.*)\"");
    private static final List<Pattern> TOKEN_PATTERNS = List.of(NEAR_TOKEN, UNRECOGNIZED_TOKEN);
    private static final Pattern UNKNOWN_NAME = Pattern.compile("no such (?:table|column): (.+?)\\)?$");

    @Override
    public ErrorKind classify(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return switch (e.getErrorCode() & 0xff) {
            case SQLITE_INTERRUPT -> ErrorKind.CANCELLED;
            case SQLITE_CANTOPEN, SQLITE_NOTADB -> ErrorKind.CONFIGURATION;
            case SQLITE_AUTH -> ErrorKind.AUTHENTICATION;
            case SQLITE_ERROR -> byWording(message);
            default -> null;
        };
    }

    private static ErrorKind byWording(String message) {
        if (SYNTAX_WORDING.stream().anyMatch(message::contains)) {
            return ErrorKind.SYNTAX;
        }
        if (UNKNOWN_OBJECT_WORDING.stream().anyMatch(message::contains)) {
            return ErrorKind.UNKNOWN_OBJECT;
        }
        return null;
    }

    /**
     * SQLite reports the offending token, not its offset, so the token is looked up in the SQL; its first
     * occurrence outside literals is the best guess there is. Input that ends too early fails at its end.
     */
    @Override
    public int position(SQLException e, String sql) {
        String message = e.getMessage();
        if (message == null || sql == null) {
            return -1;
        }
        if (message.contains(INCOMPLETE_INPUT)) {
            return sql.length();
        }
        for (Pattern pattern : TOKEN_PATTERNS) {
            Matcher m = pattern.matcher(message);
            if (m.find()) {
                return SqlText.find(sql, m.group(1));
            }
        }
        Matcher unknown = UNKNOWN_NAME.matcher(message);
        return unknown.find() ? findName(sql, unknown.group(1).strip()) : -1;
    }

    /** SQLite may name {@code main.t} where the SQL says {@code t}: the last part is tried too. */
    private static int findName(String sql, String name) {
        int at = SqlText.find(sql, name);
        int dot = name.lastIndexOf('.');
        return at >= 0 || dot < 0 ? at : SqlText.find(sql, name.substring(dot + 1));
    }
}
