package velocity.cli.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A command line per test, on a Velocity home of its own in a temporary folder. */
abstract class CliTest {

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void openCli() {
        cli = new Cli(dir.resolve("home"));
    }

    @AfterEach
    void closeCli() {
        cli.close();
    }
}
