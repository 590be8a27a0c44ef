package velocity.core.tests;

import java.nio.file.Path;

import velocity.core.Velocity;
import velocity.core.VelocityHome;

/** Velocity for a temporary home, with the dialects the extension registry contributes. */
public final class TestVelocity {

    private TestVelocity() {
    }

    public static Velocity open(Path home) {
        Velocity velocity = Velocity.open(new VelocityHome(home));
        if (velocity.dialects().all().size() < 3) {
            throw new IllegalStateException("Expected the PostgreSQL, MySQL and SQLite dialects in the test runtime, found "
                    + velocity.dialects().all());
        }
        return velocity;
    }
}
