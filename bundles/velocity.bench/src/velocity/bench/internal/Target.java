package velocity.bench.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import velocity.core.ConnectionSettings;

/**
 * One database the bench runs on: how to reach it, where its datasets live, how raw JDBC is set up for it
 * and what metadata time it is held to.
 *
 * @param id the name used on the command line and in the report, also the dialect id
 * @param data the connection to the row tables
 * @param meta the connection to the 5,000-table schema; the same settings as {@code data} on servers
 * @param password the password, or {@code null} for none
 * @param dataSchema the schema holding the row tables
 * @param metaSchema the schema holding the 5,000 tables
 * @param datasets creates the datasets
 * @param raw how the raw JDBC baseline configures its statements
 * @param metadataGoalMs the time the metadata read must stay under
 * @param files the folder the database files go in, or {@code null} for a server
 */
record Target(String id, ConnectionSettings data, ConnectionSettings meta, String password, String dataSchema,
        String metaSchema, Datasets datasets, RawStyle raw, double metadataGoalMs, Path files) {

    /** Every database the bench knows, in report order. */
    static final List<String> ALL = List.of("postgresql", "mysql", "sqlite");

    /** Where the SQLite files are kept between runs, relative to the working directory. */
    static final Path SQLITE_DIR = Path.of("target", "bench", "data");

    char[] passwordChars() {
        return password == null || password.isEmpty() ? null : password.toCharArray();
    }

    /** The id alone: the generated form would print the password. */
    @Override
    public String toString() {
        return id;
    }

    /** The qualified name of a row table, as the measured statements name it. */
    String table(String name) {
        return dataSchema + "." + name;
    }

    /**
     * The target for a database id, reading coordinates from the environment.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    static Target of(String id, Map<String, String> env) {
        switch (id) {
            case "postgresql": {
                ConnectionSettings s = server(id, env.getOrDefault("VELOCITY_PG_URL",
                        "jdbc:postgresql://127.0.0.1:5432/test"), env.getOrDefault("VELOCITY_PG_USER", "postgres"));
                return new Target(id, s, s, env.get("VELOCITY_PG_PASSWORD"), ServerDatasets.DATA_SCHEMA,
                        ServerDatasets.META_SCHEMA, new PostgresDatasets(), RawStyle.POSTGRESQL, 300, null);
            }
            case "mysql": {
                ConnectionSettings s = server(id, env.getOrDefault("VELOCITY_MYSQL_URL",
                        "jdbc:mysql://127.0.0.1:3306/test"), env.getOrDefault("VELOCITY_MYSQL_USER", "root"));
                return new Target(id, s, s, env.get("VELOCITY_MYSQL_PASSWORD"), ServerDatasets.DATA_SCHEMA,
                        ServerDatasets.META_SCHEMA, new MariaDbDatasets(), RawStyle.MYSQL, 500, null);
            }
            case "sqlite": {
                Path dir = SQLITE_DIR.toAbsolutePath();
                ConnectionSettings data = sqlite("bench-sqlite", dir.resolve("velocity-bench.sqlite"));
                ConnectionSettings meta = sqlite("bench-sqlite-meta", dir.resolve("velocity-bench-meta.sqlite"));
                return new Target(id, data, meta, null, "main", "main", new SqliteDatasets(), RawStyle.SQLITE, 300,
                        dir);
            }
            default:
                throw new IllegalArgumentException(id);
        }
    }

    private static ConnectionSettings server(String id, String url, String user) {
        return ConnectionSettings.builder("bench-" + id, id).url(url).user(user).build();
    }

    private static ConnectionSettings sqlite(String name, Path file) {
        return ConnectionSettings.builder(name, "sqlite").database(file.toString()).url("jdbc:sqlite:" + file).build();
    }
}
