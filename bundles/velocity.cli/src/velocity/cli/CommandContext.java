package velocity.cli;

import java.io.InputStream;
import java.io.PrintStream;

import velocity.core.Monitor;
import velocity.core.Velocity;

/** What a command works with. */
public interface CommandContext {

    /** The core, for the Velocity home of this process. */
    Velocity velocity();

    /** Where data goes. */
    PrintStream out();

    /** Where messages go. */
    PrintStream err();

    /** Standard input (passwords with --password-stdin, SQL). */
    InputStream in();

    /** Cancelled when the user interrupts the process (Ctrl+C). */
    Monitor monitor();
}
