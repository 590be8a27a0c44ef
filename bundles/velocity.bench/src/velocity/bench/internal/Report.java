package velocity.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The bench's results: a table for the terminal and a JSON file with every figure. */
final class Report {

    private static final String ROW = "%-11s %-24s %12s %12s %7s %-13s %s%n";

    private final String suite;
    private final String baseline;
    private final List<Outcome> outcomes;
    private final int runs;
    private final Instant timestamp;

    /**
     * @param suite the suite's name, as in {@code velocity bench SUITE}
     * @param baseline what the baseline is, for the table's closing line
     */
    Report(String suite, String baseline, List<Outcome> outcomes, int runs, Instant timestamp) {
        this.suite = suite;
        this.baseline = baseline;
        this.outcomes = outcomes;
        this.runs = runs;
        this.timestamp = timestamp;
    }

    void printTable(PrintStream out) {
        out.printf(Locale.ROOT, ROW, "database", "measurement", "velocity ms", "baseline ms", "ratio", "goal",
                "result");
        for (Outcome o : outcomes) {
            for (Figure f : o.figures()) {
                out.printf(Locale.ROOT, ROW, o.database(), f.label(), millis(f.velocity().median()),
                        millis(f.baseline().median()), ratio(f.ratio()), f.goal().text(), f.passed() ? "pass" : "FAIL");
            }
            if (o.skipped() != null) {
                out.printf(Locale.ROOT, "%-11s skipped: %s%n", o.database(), o.skipped());
            }
            if (o.failed() != null) {
                out.printf(Locale.ROOT, "%-11s FAILED: %s%n", o.database(), o.failed());
            }
        }
        out.printf(Locale.ROOT, "Medians of %d runs, Velocity and %s alternating in the same runs.%n", runs, baseline);
        for (Outcome o : outcomes) {
            for (Figure f : o.figures()) {
                if (f.notes() != null) {
                    out.printf(Locale.ROOT, "  %s, %s: %s%n", o.database(), f.label(), f.notes());
                }
            }
        }
    }

    /**
     * Writes the JSON to a temporary file beside the target and renames it, so a reader never sees half a
     * file. The temporary name carries the process id, so two runs do not write into each other's file.
     */
    void writeJson(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            String json = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create()
                    .toJson(toJson());
            Files.writeString(temp, json + "\n", StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private JsonObject toJson() {
        JsonObject root = new JsonObject();
        root.addProperty("suite", suite);
        root.addProperty("timestamp", timestamp.toString());
        root.addProperty("runs", runs);
        JsonObject machine = new JsonObject();
        machine.addProperty("cores", Runtime.getRuntime().availableProcessors());
        machine.addProperty("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.addProperty("java_version", System.getProperty("java.version"));
        machine.addProperty("java_vm", System.getProperty("java.vm.name"));
        machine.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        root.add("machine", machine);
        JsonObject databases = new JsonObject();
        for (Outcome o : outcomes) {
            databases.add(o.database(), toJson(o));
        }
        root.add("databases", databases);
        return root;
    }

    private JsonObject toJson(Outcome o) {
        JsonObject db = new JsonObject();
        db.addProperty("status", o.skipped() != null ? "skipped" : o.failed() != null ? "failed" : "measured");
        if (o.skipped() != null || o.failed() != null) {
            db.addProperty("reason", o.skipped() != null ? o.skipped() : o.failed());
        }
        db.addProperty("server", o.server());
        JsonObject measurements = new JsonObject();
        for (Figure f : o.figures()) {
            JsonObject m = new JsonObject();
            m.addProperty("label", f.label());
            m.addProperty("velocity_ms", round(f.velocity().median()));
            m.addProperty("velocity_min_ms", round(f.velocity().min()));
            m.addProperty("baseline_ms", round(f.baseline().median()));
            m.addProperty("baseline_min_ms", round(f.baseline().min()));
            m.addProperty("ratio", round(f.ratio()));
            m.addProperty("goal", f.goal().text());
            m.addProperty("pass", f.passed());
            m.addProperty("runs", f.velocity().values().length);
            m.add("velocity_runs_ms", array(f.velocity().values()));
            m.add("baseline_runs_ms", array(f.baseline().values()));
            m.addProperty("notes", f.notes());
            measurements.add(f.key(), m);
        }
        db.add("measurements", measurements);
        return db;
    }

    private static JsonArray array(double[] values) {
        JsonArray a = new JsonArray();
        for (double v : values) {
            a.add(round(v));
        }
        return a;
    }

    /** Three decimals, and null for NaN, which JSON cannot hold. */
    private static Double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    private static String millis(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
