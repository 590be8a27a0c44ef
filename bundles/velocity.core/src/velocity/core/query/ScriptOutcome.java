package velocity.core.query;

import java.util.List;

/**
 * What a script did.
 *
 * @param statementCount how many statements the script had
 * @param outcomes the outcome of each statement that ran, in order; the ones after a stop are missing
 * @param cancelled whether the script was cancelled
 * @param elapsedMillis the time of the whole script
 */
public record ScriptOutcome(int statementCount, List<StatementOutcome> outcomes, boolean cancelled, long elapsedMillis) {

    public ScriptOutcome {
        outcomes = List.copyOf(outcomes);
    }

    /** How many statements failed (a cancelled one counts). */
    public long failures() {
        return outcomes.stream().filter(StatementOutcome::failed).count();
    }

    /** How many statements did not run, after a failure or a cancel. */
    public int skipped() {
        return statementCount - outcomes.size();
    }

    public boolean succeeded() {
        return failures() == 0 && !cancelled && skipped() == 0;
    }
}
