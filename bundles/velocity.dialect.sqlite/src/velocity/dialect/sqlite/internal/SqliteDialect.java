package velocity.dialect.sqlite.internal;

import velocity.core.spi.CatalogReader;
import velocity.core.spi.ConnectionFactory;
import velocity.core.spi.Dialect;
import velocity.core.spi.ErrorTranslator;
import velocity.core.spi.RowEditing;
import velocity.core.spi.SqlSyntax;
import velocity.core.spi.StandardStatementSplitter;
import velocity.core.spi.StandardStatementSplitter.Feature;
import velocity.core.spi.StatementSplitter;

/**
 * SQLite through the xerial sqlite-jdbc driver. The standard execution policy fits it: the driver steps the
 * native statement one row at a time as the result set is read, so nothing is buffered whatever the fetch
 * size (which it accepts as a hint), and {@code Statement.cancel()} calls {@code sqlite3_interrupt}, which
 * stops a running statement at its next step and leaves the connection usable.
 */
public final class SqliteDialect implements Dialect {

    private static final StatementSplitter SCRIPTS = StandardStatementSplitter.of(Feature.BACKTICK_IDENTIFIERS,
            Feature.BRACKET_IDENTIFIERS, Feature.TRIGGER_BODIES);

    private final ConnectionFactory connections = new SqliteConnectionFactory();
    private final CatalogReader catalog = new SqliteCatalogReader();
    private final ErrorTranslator errors = new SqliteErrorTranslator();

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
        return SqliteSyntax.INSTANCE;
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
        return SqliteRowEditing.INSTANCE;
    }
}
