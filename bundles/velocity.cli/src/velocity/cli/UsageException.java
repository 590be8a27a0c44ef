package velocity.cli;

/** The command line's arguments are wrong; the message says which and how. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, without a final period, e.g. "missing --table"; the command line adds a
     *            pointer to the command's help
     */
    public UsageException(String message) {
        super(message);
    }
}
