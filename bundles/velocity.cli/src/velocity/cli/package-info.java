/**
 * The command line's extension API: commands contributed through {@code velocity.cli.commands}.
 * <p>
 * A bundle adds a command to {@code velocity} by implementing {@link velocity.cli.Command} and declaring it in
 * its {@code plugin.xml} (see the extension point's schema for the attributes). The command line parses
 * nothing for a command but {@code --help} and {@code -h}: the command gets the arguments after its name and
 * a {@link velocity.cli.CommandContext} with the core, the standard streams and a cancellation monitor.
 * Standard output carries data only, so that it can be piped; messages and progress go to standard error.
 * A command reports a failure by throwing {@link velocity.core.VelocityException}, whose message the command
 * line prints as one line, and wrong arguments by throwing {@link velocity.cli.UsageException}.
 */
package velocity.cli;
