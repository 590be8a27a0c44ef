package velocity.core;

import velocity.core.export.ExporterRegistry;
import velocity.core.internal.EquinoxSecretStore;
import velocity.core.internal.ExtensionDialects;
import velocity.core.internal.ExtensionExporters;

/**
 * The entry to the core: the dialects, the export formats, the saved connections, the secret store and the open connections of
 * one Velocity home. The workbench and the command line each make one; tests make one per temporary home.
 */
public final class Velocity implements AutoCloseable {

    private final VelocityHome home;
    private final DialectRegistry dialects;
    private final ExporterRegistry exporters;
    private final SecretStore secrets;
    private final ConnectionStore connections;
    private final ConnectionManager manager;

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
        this.manager = new ConnectionManager(dialects, secrets);
    }

    /**
     * Velocity for a home, with the dialects contributed through {@code velocity.core.dialects}, the export
     * formats contributed through {@code velocity.core.exporters} and passwords in Equinox Secure Storage.
     */
    public static Velocity open(VelocityHome home) {
        return new Velocity(home, new DialectRegistry(ExtensionDialects.read()),
                new ExporterRegistry(ExtensionExporters.read()), new EquinoxSecretStore(home));
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

    /** Disconnects every open connection. */
    @Override
    public void close() {
        manager.close();
    }
}
