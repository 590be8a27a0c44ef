/** The {@code bench} command: Velocity's core measured against raw JDBC on the test databases. */
package velocity.bench.internal;
