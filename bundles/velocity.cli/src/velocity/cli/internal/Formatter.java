package velocity.cli.internal;

import java.util.List;

/**
 * Writes results to standard output in one format. Rows arrive page by page and are written as they come, so
 * a result of any size needs the memory of one page only.
 */
interface Formatter {

    /** Starts a result with these column names. */
    void begin(List<String> columns);

    /** Writes a page of the current result; each row has one value per column. */
    void rows(List<Object[]> rows);

    /** Ends the current result. */
    void end();

    /** Writes the result of a statement that changed rows instead of returning them. */
    void updateCount(long count);

    /** Writes one object: its fields' names and values. */
    void record(List<String> names, List<Object> values);

    /** Writes a whole result at once: for listings that are small by nature. */
    default void table(List<String> columns, List<Object[]> rows) {
        begin(columns);
        rows(rows);
        end();
    }
}
