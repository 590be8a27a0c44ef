package velocity.cli.internal;

import java.util.ArrayList;
import java.util.List;

import velocity.cli.Command;
import velocity.cli.CommandContext;
import velocity.cli.UsageException;
import velocity.core.KeychainStatus;
import velocity.core.VelocityException;

/** {@code velocity keychain [status]}: where the saved passwords are kept and who keeps their key. */
public final class KeychainCommand implements Command {

    private static final Options.Spec SPEC = Format.SPEC;

    @Override
    public int run(CommandContext context, List<String> arguments) throws VelocityException, UsageException {
        List<String> rest = !arguments.isEmpty() && "status".equals(arguments.get(0))
                ? arguments.subList(1, arguments.size()) : arguments;
        Options options = SPEC.parse(rest);
        options.expectPositional(0, 0, "");
        KeychainStatus status = context.velocity().secrets().status();
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] { "storage", status.label() });
        rows.add(new Object[] { "detail", status.detail() });
        rows.add(new Object[] { "keyring", status.keyringProblem() == null ? "answers" : status.keyringProblem() });
        rows.add(new Object[] { "file", status.file().toString() });
        Format.of(options).listing(context.out()).table(List.of("property", "value"), rows);
        return CommandLine.OK;
    }

    @Override
    public String help() {
        return """
                Usage: velocity keychain [status] [--format table|json|csv]

                Says how saved passwords are protected. They are kept encrypted in VELOCITY_HOME/secure_storage,
                never in the connections file. Its key is kept by the OS keyring (the Secret Service, e.g.
                GNOME Keyring, through libsecret) where one answers in a D-Bus session; otherwise, or when
                VELOCITY_MASTER_PASSWORD or --master-password-stdin gives one, a master password is the key.
                The first master password given creates the storage; a wrong one is refused and changes nothing.
                No key is ever written to a file.

                Example:
                  velocity keychain status
                  printf '%s\\n%s\\n' "$MASTER" "$DBPASS" | velocity connections add prod --dialect postgresql \\
                      --host db --database shop --user app --master-password-stdin --password-stdin --save-password
                """;
    }
}
