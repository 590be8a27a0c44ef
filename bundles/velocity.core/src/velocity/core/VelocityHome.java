package velocity.core;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The folder where Velocity keeps its settings: {@code VELOCITY_HOME}, else the system property
 * {@code velocity.home}, else {@code ~/.velocity}.
 *
 * @param path the folder; it is created when something is first written to it
 */
public record VelocityHome(Path path) {

    /** The environment variable that names the home folder. */
    public static final String ENVIRONMENT_VARIABLE = "VELOCITY_HOME";

    /** The home for this process. */
    public static VelocityHome fromEnvironment() {
        String env = System.getenv(ENVIRONMENT_VARIABLE);
        if (env == null || env.isBlank()) {
            env = System.getProperty("velocity.home");
        }
        if (env == null || env.isBlank()) {
            return new VelocityHome(Paths.get(System.getProperty("user.home"), ".velocity"));
        }
        return new VelocityHome(Paths.get(env).toAbsolutePath());
    }

    /** The saved connections. */
    public Path connectionsFile() {
        return path.resolve("connections.json");
    }

    /**
     * The sample SQLite database that the first start creates (see
     * {@link velocity.core.operations.PrepareSampleOperation}).
     */
    public Path sampleFile() {
        return path.resolve("sample").resolve("velocity-sample.db");
    }

    /** The encrypted secret store. */
    public Path secureStorageFile() {
        return path.resolve("secure_storage");
    }
}
