package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.cli.UsageException;
import velocity.core.VelocityException;

/**
 * {@code --master-password-stdin}, which every command takes: the master password of the secure storage on the
 * first line of standard input, before a database password ({@code --password-stdin}) and SQL. It is read
 * before the command runs and given to the secret store for this process only.
 */
final class MasterPasswordOption {

    static final String NAME = "--master-password-stdin";

    private MasterPasswordOption() {
    }

    /** Reads the master password when asked to, and returns the arguments without the option. */
    static List<String> apply(Context context, List<String> arguments) throws UsageException, VelocityException {
        int end = arguments.indexOf("--");
        List<String> options = end < 0 ? arguments : arguments.subList(0, end);
        if (!options.contains(NAME)) {
            return arguments;
        }
        if (options.stream().filter(NAME::equals).count() > 1) {
            throw new UsageException(NAME + " was given twice");
        }
        List<String> rest = new ArrayList<>(arguments);
        rest.remove(NAME);
        String line = Stdin.firstLine(context.in());
        if (line == null || line.isEmpty()) {
            throw new UsageException(NAME + " was given but standard input has no master password on its first line");
        }
        context.velocity().secrets().useMasterPassword(line.toCharArray());
        return rest;
    }
}
