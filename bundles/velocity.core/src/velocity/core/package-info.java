/** Velocity's headless core. */
package velocity.core;
