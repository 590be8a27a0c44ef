package velocity.core;

import velocity.core.export.ExporterRegistry;
import velocity.core.favorites.FavoriteStore;
import velocity.core.history.QueryHistory;
import velocity.core.internal.EquinoxSecretStore;
import velocity.core.internal.ExtensionDialects;
import velocity.core.internal.ExtensionExporters;

/**
 * The entry to the core: the dialects, the export formats, the saved connections, the secret store, the query
 * history, the favorite queries and the open connections of one Velocity home. The workbench and the command
 * line each make one; tests make one per temporary home.
 */
public final class Velocity implements AutoCloseable {

    private final VelocityHome home;
    private final DialectRegistry dialects;
    private final ExporterRegistry exporters;
    private final SecretStore secrets;
    private final ConnectionStore connections;
    private final ConnectionManager manager;
    private final QueryHistory history;
    private final FavoriteStore favorites;

    /**
     * @param home the Velocity home
     * @param dialects the dialects to use
     * @param secrets where passwords are kept
     */
    public Velocity(VelocityHome home, DialectRegistry dialects, SecretStore secrets) {
        this(home, dialects, new ExporterRegistry(), secrets);
    }

    /**
     * @param home the Velocity home
     * @param dialects the dialects to use
     * @param exporters the export formats to offer
     * @param secrets where passwords are kept
     */
    public Velocity(VelocityHome home, DialectRegistry dialects, ExporterRegistry exporters, SecretStore secrets) {
        this.home = home;
        this.dialects = dialects;
        this.exporters = exporters;
        this.secrets = secrets;
        this.connections = new ConnectionStore(home, secrets);
        this.history = QueryHistory.of(home);
        this.favorites = new FavoriteStore(home);
        this.manager = new ConnectionManager(dialects, secrets, history);
    }

    /**
     * Velocity for a home, with the dialects contributed through {@code velocity.core.dialects}, passwords in
     * Equinox Secure Storage and the master password, where one is needed, from {@code VELOCITY_MASTER_PASSWORD}.
     */
    public static Velocity open(VelocityHome home) {
        return open(home, null, MasterPasswordSource.ENVIRONMENT);
    }

    /**
     * Velocity for a home, with the dialects contributed through {@code velocity.core.dialects}, the export
     * formats contributed through {@code velocity.core.exporters} and passwords in Equinox Secure Storage, whose
     * key the OS keyring keeps where one answers, else a master password.
     *
     * @param storage the storage to use whatever answers, or {@code null} to choose: the keyring, unless a
     *            master password is given ({@code VELOCITY_MASTER_PASSWORD}, {@link SecretStore#useMasterPassword})
     *            or no keyring answers
     * @param masterPasswords where the master password comes from when one is needed
     */
    public static Velocity open(VelocityHome home, KeychainStatus.Storage storage, MasterPasswordSource masterPasswords) {
        return new Velocity(home, new DialectRegistry(ExtensionDialects.read()),
                new ExporterRegistry(ExtensionExporters.read()), new EquinoxSecretStore(home, storage, masterPasswords));
    }

    public VelocityHome home() {
        return home;
    }

    public DialectRegistry dialects() {
        return dialects;
    }

    public ExporterRegistry exporters() {
        return exporters;
    }

    public SecretStore secrets() {
        return secrets;
    }

    public ConnectionStore connections() {
        return connections;
    }

    public ConnectionManager manager() {
        return manager;
    }

    /** The statements run in this home, by the workbench and the command line alike. */
    public QueryHistory history() {
        return history;
    }

    /** The favorite queries of this home. */
    public FavoriteStore favorites() {
        return favorites;
    }

    /** Disconnects every open connection. */
    @Override
    public void close() {
        manager.close();
    }
}
