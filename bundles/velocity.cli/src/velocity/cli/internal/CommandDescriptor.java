package velocity.cli.internal;

import java.util.Objects;
import java.util.function.Supplier;

import velocity.cli.Command;
import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.extension.Lazy;

/**
 * What a command contribution declares, read up front, and its {@link Command}, created on first use, so that
 * {@code velocity --help} loads no command's code.
 */
public final class CommandDescriptor {

    /** The order of commands that declare none: after every command that does. */
    public static final int NO_ORDER = Integer.MAX_VALUE;

    private final String name;
    private final String summary;
    private final int order;
    private final String contributor;
    private final Lazy<Command> command;

    /**
     * @param name what the user types, e.g. {@code query}
     * @param summary one line for {@code velocity --help}
     * @param order where the command is listed, {@link #NO_ORDER} when it does not care
     * @param contributor symbolic name of the contributing bundle, for messages
     * @param factory creates the command; called at most once
     */
    public CommandDescriptor(String name, String summary, int order, String contributor, Supplier<Command> factory) {
        this.name = Objects.requireNonNull(name, "name");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.order = order;
        this.contributor = contributor;
        Objects.requireNonNull(factory, "factory");
        this.command = new Lazy<>(() -> Objects.requireNonNull(factory.get(), "the factory returned null"));
    }

    public String name() {
        return name;
    }

    public String summary() {
        return summary;
    }

    public int order() {
        return order;
    }

    public String contributor() {
        return contributor;
    }

    /**
     * The command, created on the first call.
     *
     * @throws VelocityException when the contribution's class cannot be created
     */
    public Command command() throws VelocityException {
        try {
            return command.get();
        } catch (RuntimeException e) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The command '" + name + "' contributed by "
                    + contributor + " could not be created: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
