package velocity.ui.sql.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import velocity.core.spi.StandardSqlSyntax;

/** The key words to colour for a connection: its dialect's, or standard SQL's when it is unknown. */
final class SqlKeywords {

    /** Words every SQL editor colours, beside the reserved words the dialects list for quoting. */
    private static final Set<String> COMMON = Set.of("ADD", "BEGIN", "CASCADE", "COALESCE", "COMMIT", "COUNT",
            "DATABASE", "EXPLAIN", "IF", "INDEX", "LIMIT", "MAX", "MIN", "RECURSIVE", "REPLACE", "RETURNING",
            "ROLLBACK", "SCHEMA", "SEQUENCE", "SUM", "TRANSACTION", "TRIGGER", "TRUNCATE", "VIEW", "WINDOW", "OVER",
            "PARTITION", "AVG", "INTEGER", "INT", "BIGINT", "VARCHAR", "TEXT", "BOOLEAN", "DATE", "TIMESTAMP",
            "NUMERIC", "DECIMAL", "REAL", "DOUBLE", "PRECISION", "CHAR", "ILIKE", "LATERAL", "ANALYZE");

    private SqlKeywords() {
    }

    /** The key words for a saved connection; reads the settings file, never the database. */
    static Set<String> of(String connectionName) {
        Set<String> words = new HashSet<>(COMMON);
        words.addAll(dialectWords(connectionName).orElse(StandardSqlSyntax.SQL_KEYWORDS));
        return words;
    }

    private static Optional<Set<String>> dialectWords(String connectionName) {
        return EditorDialect.of(connectionName).map(d -> d.syntax().keywords());
    }
}
