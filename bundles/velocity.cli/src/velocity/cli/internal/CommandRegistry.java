package velocity.cli.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The commands of the command line, in listing order. A contribution with an unusable name, or a name
 * already taken, is logged and left out rather than making the whole command line unusable.
 */
public final class CommandRegistry {

    /** Taken by the command line itself. */
    static final String HELP = "help";

    private static final Logger LOG = Logger.getLogger(CommandRegistry.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    private final Map<String, CommandDescriptor> byName = new LinkedHashMap<>();

    /** A registry of the given commands; the first of two with the same name wins. */
    public CommandRegistry(List<CommandDescriptor> descriptors) {
        List<CommandDescriptor> accepted = new ArrayList<>();
        Map<String, CommandDescriptor> seen = new LinkedHashMap<>();
        for (CommandDescriptor d : descriptors) {
            if (!NAME.matcher(d.name()).matches() || HELP.equals(d.name())) {
                LOG.log(Level.WARNING, "Ignoring the command ''{0}'' of {1}: a command name is lower case letters, digits "
                        + "and dashes, and not ''help''.", new Object[] { d.name(), d.contributor() });
            } else if (seen.containsKey(d.name())) {
                LOG.log(Level.WARNING, "Ignoring the command ''{0}'' of {1}: {2} contributes a command of that name already.",
                        new Object[] { d.name(), d.contributor(), seen.get(d.name()).contributor() });
            } else {
                seen.put(d.name(), d);
                accepted.add(d);
            }
        }
        accepted.sort(Comparator.comparingInt(CommandDescriptor::order).thenComparing(CommandDescriptor::name));
        accepted.forEach(d -> byName.put(d.name(), d));
    }

    /** The commands contributed through {@code velocity.cli.commands}; none when no extension registry runs. */
    public static CommandRegistry fromExtensions() {
        return new CommandRegistry(ExtensionCommands.read());
    }

    /** Every command, in listing order. */
    public List<CommandDescriptor> all() {
        return List.copyOf(byName.values());
    }

    /** The command of that name, if any. */
    public Optional<CommandDescriptor> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
