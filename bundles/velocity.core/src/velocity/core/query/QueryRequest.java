package velocity.core.query;

/**
 * A statement (or a call that returns several results) to run.
 *
 * @param sql the SQL text, sent as it is
 * @param firstPageSize how many rows the first page should hold; the first fetch is sized for it
 * @param timeoutSeconds the statement timeout, 0 for none
 */
public record QueryRequest(String sql, int firstPageSize, int timeoutSeconds) {

    /** The page size of a grid and of the command line. */
    public static final int DEFAULT_PAGE_SIZE = 200;

    public QueryRequest {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("The SQL text is empty.");
        }
        if (firstPageSize <= 0) {
            firstPageSize = DEFAULT_PAGE_SIZE;
        }
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("The statement timeout must not be negative: " + timeoutSeconds);
        }
    }

    /** The statement with the default page size and no timeout. */
    public static QueryRequest of(String sql) {
        return new QueryRequest(sql, DEFAULT_PAGE_SIZE, 0);
    }
}
