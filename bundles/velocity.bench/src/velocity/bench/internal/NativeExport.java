package velocity.bench.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The database's own command-line tool writing the 1,000,000-row table to CSV, the yardstick of
 * {@code bench export}: psql's {@code \copy}, {@code mariadb --batch --quick}, the sqlite3 shell's
 * {@code .mode csv} with {@code .once}. The password goes through the tools' environment variables, never
 * their arguments.
 */
final class NativeExport {

    private final Target target;

    NativeExport(Target target) {
        this.target = target;
    }

    /** How the report names the tool. */
    String label() {
        return switch (target.id()) {
            case "postgresql" -> "psql \\copy csv";
            case "mysql" -> "mariadb --batch --quick";
            default -> "sqlite3 .mode csv .once";
        };
    }

    /** Runs the tool once, writing {@code file}; returns its wall time in nanoseconds. */
    long run(Path file) throws IOException, InterruptedException {
        String select = "select * from " + target.table(Datasets.ROWS_TABLE);
        List<String> command = new ArrayList<>();
        ProcessBuilder pb = new ProcessBuilder(command);
        switch (target.id()) {
            case "postgresql" -> {
                URI uri = uri();
                command.addAll(List.of("psql", "-X", "-q", "-h", uri.getHost(), "-p", port(uri, 5432), "-U",
                        target.data().user(), "-d", database(uri), "-c",
                        "\\copy (" + select + ") to '" + file + "' csv header"));
                password(pb.environment(), "PGPASSWORD");
            }
            case "mysql" -> {
                URI uri = uri();
                command.addAll(List.of("mariadb", "-h", uri.getHost(), "-P", port(uri, 3306), "-u",
                        target.data().user(), "--batch", "--quick", "-e", select, database(uri)));
                password(pb.environment(), "MYSQL_PWD");
                pb.redirectOutput(file.toFile());
            }
            default -> command.addAll(List.of("sqlite3", "-cmd", ".mode csv", "-cmd", ".headers on", "-cmd",
                    ".once " + file, target.data().database(), select));
        }
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process process = pb.start();
        String errors = new String(process.getErrorStream().readAllBytes());
        int exit = process.waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != 0) {
            throw new IOException(command.get(0) + " failed with exit code " + exit + ": " + errors.strip());
        }
        return elapsed;
    }

    private void password(Map<String, String> env, String variable) {
        if (target.password() != null && !target.password().isEmpty()) {
            env.put(variable, target.password());
        }
    }

    private URI uri() {
        return URI.create(target.data().url().substring("jdbc:".length()));
    }

    private static String port(URI uri, int fallback) {
        return Integer.toString(uri.getPort() > 0 ? uri.getPort() : fallback);
    }

    private static String database(URI uri) {
        return uri.getPath().replaceFirst("^/", "");
    }
}
