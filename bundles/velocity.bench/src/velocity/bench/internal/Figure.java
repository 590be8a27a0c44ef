package velocity.bench.internal;

/**
 * One measurement on one database: Velocity and its raw JDBC baseline, timed in the same runs.
 *
 * @param database the target id
 * @param key the measurement's name in the JSON file
 * @param label the measurement as the table shows it
 * @param velocity Velocity's times
 * @param baseline raw JDBC's times
 * @param goal what Velocity must achieve
 * @param notes what the numbers need to be read right (counts, refused driver calls), or {@code null}
 */
record Figure(String database, String key, String label, Samples velocity, Samples baseline, Goal goal,
        String notes) {

    /** Velocity's median over the baseline's; NaN when the baseline took no measurable time. */
    double ratio() {
        double b = baseline.median();
        return b > 0 ? velocity.median() / b : Double.NaN;
    }

    boolean passed() {
        return goal.met(velocity.median(), ratio());
    }
}
