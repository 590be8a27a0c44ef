package velocity.core.tests;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import velocity.core.history.HistoryEntry;
import velocity.core.history.QueryHistory;

/**
 * A second process that records into a history file, to check that processes appending at once lose
 * nothing. It runs the core's classes outside OSGi: the history needs only the JDK and Gson.
 */
public final class HistoryWriter {

    private HistoryWriter() {
    }

    /** Starts a JVM that records {@code count} entries of connection {@code who} into the file. */
    static Process start(Path file, String who, int count) throws IOException, URISyntaxException {
        List<String> classpath = new ArrayList<>();
        for (Class<?> c : List.of(HistoryWriter.class, QueryHistory.class, com.google.gson.JsonParser.class)) {
            classpath.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, classpath),
                HistoryWriter.class.getName(), file.toString(), who, Integer.toString(count))
                .redirectErrorStream(true).start();
    }

    public static void main(String[] args) {
        QueryHistory history = new QueryHistory(Path.of(args[0]), QueryHistory.DEFAULT_MAX_BYTES, true);
        int count = Integer.parseInt(args[2]);
        for (int i = 0; i < count; i++) {
            history.record(HistoryEntry.succeeded(args[1], Instant.now(), 1, 1, false, args[1] + " statement " + i));
        }
        List<String> warnings = history.takeWarnings();
        if (!warnings.isEmpty()) {
            System.out.println(warnings);
            System.exit(1);
        }
    }
}
