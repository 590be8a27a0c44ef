package velocity.dialect.mysql.internal;

import velocity.core.spi.CatalogReader;
import velocity.core.spi.ConnectionFactory;
import velocity.core.spi.Dialect;
import velocity.core.spi.ErrorTranslator;
import velocity.core.spi.RowEditing;
import velocity.core.spi.ExecutionPolicy;
import velocity.core.spi.SqlSyntax;
import velocity.core.spi.StandardStatementSplitter;
import velocity.core.spi.StandardStatementSplitter.Feature;
import velocity.core.spi.StatementSplitter;
import velocity.core.spi.ValueReading;

/**
 * MySQL and MariaDB through MySQL Connector/J. The capabilities hold no per-connection state, so one
 * instance of each serves every connection.
 */
public final class MySqlDialect implements Dialect {

    /** What the mysql client does, so that dumps and scripts written for it run here unchanged. */
    private static final StatementSplitter SCRIPTS = StandardStatementSplitter.of(Feature.BACKSLASH_ESCAPES,
            Feature.BACKTICK_IDENTIFIERS, Feature.HASH_COMMENTS, Feature.DASH_COMMENTS_NEED_SPACE,
            Feature.DELIMITER_COMMAND, Feature.EXECUTABLE_COMMENTS);

    private final ConnectionFactory connections = new MySqlConnectionFactory();
    private final CatalogReader catalog = new MySqlCatalogReader();
    private final ExecutionPolicy execution = new MySqlExecutionPolicy(new QueryKiller());
    private final ErrorTranslator errors = new MySqlErrorTranslator();

    /** Public and argument-less: the dialect registry creates it from the extension's {@code class}. */
    public MySqlDialect() {
    }

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
        return MySqlSyntax.INSTANCE;
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
    public ValueReading values() {
        return MySqlValueReading.INSTANCE;
    }

    @Override
    public RowEditing editing() {
        return MySqlRowEditing.INSTANCE;
    }
}
