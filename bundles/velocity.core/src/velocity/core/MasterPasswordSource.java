package velocity.core;

/**
 * Where the master password of the secret store comes from when no OS keyring holds its key: an environment
 * variable or standard input for the command line, a dialog in the workbench. The store asks at most once per
 * session, when a password is first read or written, and keeps the answer only in memory.
 */
@FunctionalInterface
public interface MasterPasswordSource {

    /** The source of {@value EnvironmentMasterPassword#VARIABLE} alone. */
    MasterPasswordSource ENVIRONMENT = new EnvironmentMasterPassword();

    /**
     * The master password.
     *
     * @param create {@code true} when the store has none yet and this one will become it (a dialog asks for it
     *            twice); {@code false} when it must match the one the store was created with
     * @param problem why it is asked again (the last one was wrong), or {@code null} the first time
     * @return the password, or {@code null} when there is none (no variable set, the user cancelled)
     */
    char[] masterPassword(boolean create, String problem);

    /** Where the password comes from, for status lines, e.g. "VELOCITY_MASTER_PASSWORD" or "a dialog". */
    default String describe() {
        return "the application";
    }

    /** The master password from {@code VELOCITY_MASTER_PASSWORD}. */
    final class EnvironmentMasterPassword implements MasterPasswordSource {

        /** The environment variable that gives the master password. */
        public static final String VARIABLE = "VELOCITY_MASTER_PASSWORD";

        private EnvironmentMasterPassword() {
        }

        /** Whether the variable is set, i.e. whether the user chose a master password over the keyring. */
        public static boolean isSet() {
            String value = System.getenv(VARIABLE);
            return value != null && !value.isEmpty();
        }

        @Override
        public char[] masterPassword(boolean create, String problem) {
            return isSet() ? System.getenv(VARIABLE).toCharArray() : null;
        }

        @Override
        public String describe() {
            return VARIABLE;
        }
    }
}
