package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.IConfigurationElement;

import velocity.cli.Command;
import velocity.core.extension.Contributions;

/**
 * Reads the contributions to {@code velocity.cli.commands}. Attributes are read at once; each command's class
 * is created only when the command is used. An incomplete contribution is logged and left out.
 */
public final class ExtensionCommands {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "velocity.cli.commands";

    private static final Logger LOG = Logger.getLogger(ExtensionCommands.class.getName());

    private ExtensionCommands() {
    }

    /** The contributed commands in contribution order, or none when no extension registry runs (plain Java). */
    public static List<CommandDescriptor> read() {
        List<CommandDescriptor> result = new ArrayList<>();
        for (IConfigurationElement element : Contributions.elements(EXTENSION_POINT, "command")) {
            String contributor = element.getContributor().getName();
            String name = element.getAttribute("name");
            String summary = element.getAttribute("summary");
            if (isBlank(name) || isBlank(summary) || isBlank(element.getAttribute("class"))) {
                LOG.log(Level.WARNING, "Ignoring a command of {0}: name, class and summary are required.", contributor);
                continue;
            }
            result.add(new CommandDescriptor(name.strip(), summary.strip(), order(element, contributor), contributor,
                    Contributions.executable(element, Command.class)));
        }
        return result;
    }

    private static int order(IConfigurationElement element, String contributor) {
        String value = element.getAttribute("order");
        if (isBlank(value)) {
            return CommandDescriptor.NO_ORDER;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "The command ''{0}'' of {1} has the order ''{2}'', which is not a whole number; "
                    + "it is listed last.", new Object[] { element.getAttribute("name"), contributor, value });
            return CommandDescriptor.NO_ORDER;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
