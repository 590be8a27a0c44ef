package velocity.ui.sql.internal;

import java.util.Optional;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.VelocityException;
import velocity.core.spi.Dialect;
import velocity.core.spi.StandardStatementSplitter;
import velocity.core.spi.StatementSplitter;
import velocity.ui.VelocityUi;

/** The dialect of an editor's saved connection, from the settings file: never asks the database. */
final class EditorDialect {

    private EditorDialect() {
    }

    static Optional<Dialect> of(String connectionName) {
        if (connectionName == null) {
            return Optional.empty();
        }
        Optional<ActiveConnection> active = VelocityUi.connections().active(connectionName);
        if (active.isPresent()) {
            return Optional.of(active.get().dialect());
        }
        try {
            ConnectionSettings settings = VelocityUi.velocity().connections().get(connectionName);
            return Optional.of(VelocityUi.velocity().dialects().get(settings.dialect()).dialect());
        } catch (VelocityException | RuntimeException e) {
            // A deleted connection or a missing dialect: standard SQL is good enough.
            return Optional.empty();
        }
    }

    /** How the connection's database splits scripts; standard SQL's when it is unknown. */
    static StatementSplitter splitter(String connectionName) {
        return of(connectionName).map(Dialect::scripts).orElse(StandardStatementSplitter.ANSI);
    }
}
