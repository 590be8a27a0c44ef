package velocity.core.spi;

import java.util.Optional;

/**
 * A database dialect, contributed through the extension point {@code velocity.core.dialects}. It is a
 * set of small capabilities; a dialect implements each one or takes the standard behaviour.
 * Implementations must be thread-safe and cheap to create: the registry creates one per contribution, on
 * first use.
 */
public interface Dialect {

    /** Creates the driver's DataSource for a connection's settings. */
    ConnectionFactory connections();

    /** Reads the catalog in bulk. */
    CatalogReader catalog();

    /** Quoting, keywords and paging. */
    default SqlSyntax syntax() {
        return StandardSqlSyntax.ANSI;
    }

    /** How statements stream their results and how they are cancelled. */
    default ExecutionPolicy execution() {
        return ExecutionPolicy.STANDARD;
    }

    /** How a script splits into statements; the default knows standard SQL only. */
    default StatementSplitter scripts() {
        return StandardStatementSplitter.ANSI;
    }

    /** Turns driver exceptions into kinds and positions. */
    default ErrorTranslator errors() {
        return ErrorTranslator.STANDARD;
    }

    /** How rows are identified, bound and previewed when they are inserted, updated and deleted. */
    default RowEditing editing() {
        return RowEditing.STANDARD;
    }

    /** How result values are read; the standard asks the driver for an object per value. */
    default ValueReading values() {
        return ValueReading.STANDARD;
    }

    /** Whether the server writes export formats itself; none by default. */
    default Optional<CopyExport> copyExport() {
        return Optional.empty();
    }
}
