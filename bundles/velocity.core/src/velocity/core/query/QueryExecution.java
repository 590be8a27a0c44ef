package velocity.core.query;

import java.util.List;

import velocity.core.VelocityException;

/**
 * A running statement and its results. It holds a pooled connection until closed, so close it (the UI
 * closes it when the user runs another query). Closing before the end of a result abandons the rest at
 * once, even where the driver streams.
 */
public interface QueryExecution extends AutoCloseable {

    /**
     * The next result, or {@code null} when there are no more. The first call gives the first result;
     * asking for the next one discards the rows not yet fetched from the current one.
     */
    StatementResult nextResult() throws VelocityException;

    /** The warnings the server attached to the statement and its results, so far. */
    List<String> warnings();

    /** Cancels the statement from any thread; the connection stays usable. */
    void cancel();

    /** Milliseconds from sending the statement to its first result. */
    long executionMillis();

    @Override
    void close() throws VelocityException;
}
