/**
 * The command line's implementation: the Equinox application, the dispatcher, the built-in commands and the
 * shared option parsing, connection resolution and output formats. Not API.
 */
package velocity.cli.internal;
