package velocity.core.spi;

import java.util.Set;

/**
 * Quoting with a pair of quote characters, doubling the closing one inside names, as SQL:2016 and every
 * supported database do; dialects make their own instance with their quote character and key words.
 */
public class StandardSqlSyntax implements SqlSyntax {

    /** The SQL standard's key words (a subset of SQL:2016 reserved words that real schemas trip over). */
    public static final Set<String> SQL_KEYWORDS = Set.of("ALL", "ALTER", "AND", "ANY", "AS", "ASC", "BETWEEN",
            "BY", "CASE", "CAST", "CHECK", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_DATE",
            "CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP",
            "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP",
            "HAVING", "IN", "INNER", "INSERT", "INTERSECT", "INTO", "IS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT",
            "NATURAL", "NOT", "NULL", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PRIMARY", "REFERENCES", "RIGHT",
            "ROW", "SELECT", "SET", "SOME", "TABLE", "THEN", "TO", "TRUE", "UNION", "UNIQUE", "UPDATE", "USER",
            "USING", "VALUES", "WHEN", "WHERE", "WITH");

    /** Double quotes and the standard key words. */
    public static final StandardSqlSyntax ANSI = new StandardSqlSyntax('"', '"', SQL_KEYWORDS);

    private final char open;
    private final char close;
    private final Set<String> keywords;

    public StandardSqlSyntax(char open, char close, Set<String> keywords) {
        this.open = open;
        this.close = close;
        this.keywords = Set.copyOf(keywords);
    }

    @Override
    public String quote(String identifier) {
        StringBuilder sb = new StringBuilder(identifier.length() + 2).append(open);
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c == close) {
                sb.append(close);
            }
            sb.append(c);
        }
        return sb.append(close).toString();
    }

    @Override
    public Set<String> keywords() {
        return keywords;
    }
}
