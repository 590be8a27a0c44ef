/**
 * The service provider interface for dialects. A dialect bundle contributes a {@link velocity.core.spi.Dialect}
 * through the extension point {@code velocity.core.dialects} and implements its small capabilities.
 */
package velocity.core.spi;
