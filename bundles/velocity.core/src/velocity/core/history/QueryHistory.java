package velocity.core.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;
import velocity.core.internal.HistoryLog;

/**
 * The statements run in this Velocity home, kept in {@code $VELOCITY_HOME/history.jsonl}: one JSON object per
 * line, appended under a file lock, so the workbench and the command line can record at the same time. A line
 * that cannot be read is skipped with a warning and never takes the rest with it; past
 * {@value #DEFAULT_MAX_BYTES} bytes the file keeps its newest half.
 *
 * <p>{@link velocity.core.operations.ExecuteQueryOperation} records every statement it runs. Code that runs
 * statements another way (a whole script, statement by statement) calls {@link #record} for each.
 *
 * <p>Recording is off when the environment variable {@value #ENVIRONMENT_VARIABLE} (or the system property
 * {@code velocity.history}) is {@code off}, and can be switched with {@link #setRecording}: benchmarks turn it
 * off so that they measure the statements alone.
 */
public final class QueryHistory {

    /** The environment variable that turns recording off with the value {@code off}. */
    public static final String ENVIRONMENT_VARIABLE = "VELOCITY_HISTORY";

    /** The size past which the file is compacted. */
    public static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

    /** SQL longer than this is recorded cut to this length, so one huge script does not flush the history. */
    public static final int MAX_SQL_CHARS = 100_000;

    private static final int MAX_WARNINGS = 20;

    private final HistoryLog log;
    private final List<Consumer<HistoryEntry>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private volatile boolean recording;
    private boolean switchable = true;

    /**
     * @param file the history file
     * @param maxBytes the size past which the file keeps only its newest half
     * @param recording whether statements are recorded
     */
    public QueryHistory(Path file, long maxBytes, boolean recording) {
        this.log = new HistoryLog(file, maxBytes);
        this.recording = recording;
    }

    /** The history of a home, recording unless {@value #ENVIRONMENT_VARIABLE} says {@code off}. */
    public static QueryHistory of(VelocityHome home) {
        String setting = System.getenv(ENVIRONMENT_VARIABLE);
        if (setting == null || setting.isBlank()) {
            setting = System.getProperty("velocity.history");
        }
        return new QueryHistory(home.path().resolve("history.jsonl"), DEFAULT_MAX_BYTES, !"off".equalsIgnoreCase(
                setting == null ? "" : setting.trim()));
    }

    /** A history that never records (connections made without a Velocity home); its file stays absent. */
    public static QueryHistory none() {
        QueryHistory none = new QueryHistory(Path.of("history.jsonl"), DEFAULT_MAX_BYTES, false);
        none.switchable = false;
        return none;
    }

    /** The file the history is kept in. */
    public Path file() {
        return log.file();
    }

    /** Whether statements are recorded. */
    public boolean isRecording() {
        return recording;
    }

    /** Turns recording on or off for this process; the file is left as it is. */
    public void setRecording(boolean on) {
        recording = on && switchable;
    }

    /**
     * Records a statement, unless recording is off. A history that cannot be written never fails the
     * statement: the problem becomes a {@linkplain #takeWarnings() warning}. Listeners hear of the entry
     * afterwards, on this thread.
     */
    public void record(HistoryEntry entry) {
        if (!recording) {
            return;
        }
        HistoryEntry kept = entry.sql().length() <= MAX_SQL_CHARS ? entry
                : new HistoryEntry(entry.time(), entry.connection(), entry.durationMillis(), entry.rows(),
                        entry.moreRows(), entry.error(), entry.sql().substring(0, MAX_SQL_CHARS));
        try {
            log.append(kept);
        } catch (IOException | RuntimeException e) {
            warn("A statement on '" + entry.connection() + "' could not be added to the query history " + file()
                    + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()) + ". Check that the Velocity home is writable.");
            return;
        }
        for (Consumer<HistoryEntry> listener : listeners) {
            listener.accept(kept);
        }
    }

    /**
     * The newest entries that pass the filter, newest first. Lines that cannot be read are skipped, with a
     * {@linkplain #takeWarnings() warning} each.
     */
    public List<HistoryEntry> find(HistoryFilter filter) throws VelocityException {
        if (!switchable) {
            return List.of();
        }
        try {
            return log.read(filter, this::warn);
        } catch (IOException e) {
            throw new VelocityException(ErrorKind.IO, "The query history " + file() + " cannot be read: "
                    + e.getMessage() + ". Check its permissions.", e);
        }
    }

    /** Removes every entry. */
    public void clear() throws VelocityException {
        try {
            log.clear();
        } catch (IOException e) {
            throw new VelocityException(ErrorKind.IO, "The query history " + file() + " cannot be cleared: "
                    + e.getMessage(), e);
        }
    }

    /** Calls the listener after each entry is recorded, on the thread that ran the statement. */
    public void addListener(Consumer<HistoryEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<HistoryEntry> listener) {
        listeners.remove(listener);
    }

    /** The warnings since the last call (unreadable lines, failed writes); the caller shows them. */
    public synchronized List<String> takeWarnings() {
        List<String> result = List.copyOf(warnings);
        warnings.clear();
        return result;
    }

    private synchronized void warn(String message) {
        if (warnings.size() < MAX_WARNINGS && !warnings.contains(message)) {
            warnings.add(message);
        }
    }
}
