package velocity.core.tests;

import java.nio.file.Path;

import velocity.core.Velocity;
import velocity.core.VelocityHome;

/**
 * Velocity for a temporary home, with the dialects the extension registry contributes. Passwords go to the OS
 * keyring where one answers, else under {@link #MASTER_PASSWORD}.
 */
public final class TestVelocity {

    /** The master password of test homes where no keyring answers. */
    public static final String MASTER_PASSWORD = "test-master-Pa55";

    private TestVelocity() {
    }

    public static Velocity open(Path home) {
        Velocity velocity = Velocity.open(new VelocityHome(home), null, (create, problem) -> MASTER_PASSWORD.toCharArray());
        if (velocity.dialects().all().size() < 3) {
            throw new IllegalStateException("Expected the PostgreSQL, MySQL and SQLite dialects in the test runtime, found "
                    + velocity.dialects().all());
        }
        return velocity;
    }
}
