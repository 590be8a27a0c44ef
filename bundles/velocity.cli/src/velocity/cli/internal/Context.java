package velocity.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;

import velocity.cli.CommandContext;
import velocity.core.Monitor;
import velocity.core.Velocity;

/** The context a command runs in. */
record Context(Velocity velocity, PrintStream out, PrintStream err, InputStream in, Monitor monitor)
        implements CommandContext {
}
