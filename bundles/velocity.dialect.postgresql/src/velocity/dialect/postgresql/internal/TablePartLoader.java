package velocity.dialect.postgresql.internal;

import java.sql.SQLException;
import java.util.Map;

import velocity.core.spi.SqlSession;

/** Reads one kind of part (columns, keys, indexes) for every table of a scope with a single query. */
interface TablePartLoader {

    /**
     * Adds the parts read to the tables they belong to; rows of tables missing from {@code tables} are
     * skipped.
     *
     * @param tables the tables of the scope by name
     */
    void load(SqlSession session, RelationScope scope, Map<String, TableParts> tables) throws SQLException;
}
