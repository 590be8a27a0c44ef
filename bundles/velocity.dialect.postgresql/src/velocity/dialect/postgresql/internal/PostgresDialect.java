package velocity.dialect.postgresql.internal;

import java.util.Optional;

import velocity.core.spi.CatalogReader;
import velocity.core.spi.ConnectionFactory;
import velocity.core.spi.CopyExport;
import velocity.core.spi.Dialect;
import velocity.core.spi.ErrorTranslator;
import velocity.core.spi.RowEditing;
import velocity.core.spi.ExecutionPolicy;
import velocity.core.spi.SqlSyntax;
import velocity.core.spi.StandardStatementSplitter;
import velocity.core.spi.StandardStatementSplitter.Feature;
import velocity.core.spi.StatementSplitter;
import velocity.core.spi.StandardSqlSyntax;

/**
 * PostgreSQL through pgjdbc. Every capability is stateless, so one instance serves all connections; the
 * extension registry needs the public no-argument constructor.
 */
public final class PostgresDialect implements Dialect {

    private static final StatementSplitter SCRIPTS = StandardStatementSplitter.of(Feature.NESTED_BLOCK_COMMENTS, Feature.ESCAPE_STRINGS,
            Feature.DOLLAR_QUOTES, Feature.ATOMIC_BODIES);

    private final ConnectionFactory connections = new PostgresConnectionFactory();
    private final CatalogReader catalog = new PostgresCatalogReader();
    private final SqlSyntax syntax = new StandardSqlSyntax('"', '"', PostgresKeywords.ALL) {
        @Override
        public boolean dollarQuotedStrings() {
            return true;
        }
    };
    private final ExecutionPolicy execution = new PostgresExecutionPolicy();
    private final ErrorTranslator errors = new PostgresErrorTranslator();
    private final Optional<CopyExport> copyExport = Optional.of(new PostgresCopyExport());

    @Override
    public ConnectionFactory connections() {
        return connections;
    }

    @Override
    public CatalogReader catalog() {
        return catalog;
    }

    @Override
    public SqlSyntax syntax() {
        return syntax;
    }

    @Override
    public ExecutionPolicy execution() {
        return execution;
    }

    @Override
    public StatementSplitter scripts() {
        return SCRIPTS;
    }

    @Override
    public ErrorTranslator errors() {
        return errors;
    }

    @Override
    public RowEditing editing() {
        return PostgresRowEditing.INSTANCE;
    }

    @Override
    public Optional<CopyExport> copyExport() {
        return copyExport;
    }
}
