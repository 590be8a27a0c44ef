package velocity.core.internal.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;

import velocity.core.Monitor;
import velocity.core.spi.SqlSession;

/**
 * Writes the sample database into an empty SQLite database: a small shop (see {@link SampleSchema}) of about
 * 95,000 rows in eleven tables, with indexes, three views and a trigger. Every value comes from one seeded
 * random sequence, so every generation writes the same rows. All of it is one transaction, sent in batches;
 * the monitor's units are the shop's people, products, orders and reviews.
 */
public final class SampleGenerator {

    /** The seed of every value. Changing it changes the whole sample, which screenshots and docs show. */
    private static final long SEED = 20_240_601L;

    /** What the monitor counts down: children (addresses, order lines, ...) ride along with their parent. */
    private static final long WORK = CatalogRows.categories() + CatalogRows.SUPPLIERS + CatalogRows.PRODUCTS
            + PeopleRows.EMPLOYEES + PeopleRows.CUSTOMERS + OrderRows.ORDERS + ReviewRows.REVIEWS;

    private final SqlSession session;

    /** @param session a session on the new, empty database file */
    public SampleGenerator(SqlSession session) {
        this.session = session;
    }

    /**
     * Creates the schema and the rows and commits them.
     *
     * @return the number of rows written
     * @throws SQLException what SQLite reports, with SQLState 57014 when the session's monitor was cancelled;
     *             nothing is committed then
     */
    public long generate() throws SQLException {
        Monitor monitor = session.monitor();
        monitor.task("Creating the sample database", WORK);
        // The file is discarded unless the generation completes, so durability on the way is not needed; the
        // caller forces the finished file to disk instead. A journal in memory still allows the rollback.
        execute(List.of("PRAGMA journal_mode = MEMORY", "PRAGMA synchronous = OFF"));
        Connection connection = session.connection();
        connection.setAutoCommit(false);
        try {
            execute(SampleSchema.TABLES);
            Inserts inserts = new Inserts(session);
            SampleText text = new SampleText(new Random(SEED));
            CatalogRows.Products products = new CatalogRows(text).write(inserts);
            PeopleRows.People people = new PeopleRows(text).write(inserts);
            new OrderRows(text, products, people).write(inserts);
            new ReviewRows(text).write(inserts);
            inserts.flush();
            execute(SampleSchema.INDEXES);
            execute(SampleSchema.VIEWS);
            execute(SampleSchema.TRIGGERS);
            // Statistics for the planner, and the row estimates a catalog browser shows.
            execute(List.of("ANALYZE"));
            connection.commit();
            connection.setAutoCommit(true);
            return inserts.rows();
        } catch (SQLException | RuntimeException e) {
            // The pool restores autocommit when the connection goes back to it.
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    private void execute(List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (PreparedStatement statement = session.prepare(sql)) {
                statement.execute();
            }
        }
    }
}
