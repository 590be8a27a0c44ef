package velocity.core.spi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import velocity.core.Monitor;

/**
 * A borrowed connection handed to a dialect for one piece of work. Statements made through
 * {@link #prepare(String)} are cancelled when the monitor is, so a catalog read on a slow server stops when
 * the user asks.
 */
public interface SqlSession {

    /** The JDBC connection; do not close it, the core returns it to its pool. */
    Connection connection();

    /** Prepares a statement whose execution the monitor can cancel; the caller closes it. */
    PreparedStatement prepare(String sql) throws SQLException;

    /** The monitor of the operation this session serves. */
    Monitor monitor();

    /**
     * A second session, on another connection of the same pool, for a read that can run side by side with
     * this session's: on MySQL every {@code information_schema} view costs the server a pass over all the
     * tables of a schema, and two passes at once take little more than one. It shares this session's monitor
     * and is closed with it; use each session from one thread at a time.
     */
    SqlSession fork() throws SQLException;
}
