package velocity.core;

/**
 * What went wrong, in the terms a user acts on. The UI and the command line choose their advice from it.
 */
public enum ErrorKind {
    /** The server refused the user name or password. */
    AUTHENTICATION,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** Nothing listens on the host and port. */
    CONNECTION_REFUSED,
    /** The server did not answer within the time allowed. */
    TIMEOUT,
    /** The database named in the settings does not exist. */
    UNKNOWN_DATABASE,
    /** The SQL text is malformed; the exception's position says where. */
    SYNTAX,
    /** A table, column or other object named in the request does not exist. */
    UNKNOWN_OBJECT,
    /** The user cancelled the operation. */
    CANCELLED,
    /** The connection settings or a settings file are unusable. */
    CONFIGURATION,
    /** A file of Velocity's could not be read or written. */
    IO,
    /** The connection to the server was lost while working. */
    CONNECTION_LOST,
    /** Anything else the server or driver reported. */
    OTHER
}
