/**
 * Helpers for the readers of Velocity's extension points: the elements contributed to a point, the check of
 * their required attributes, their class created type-checked, and a value created on first use. Each reader
 * keeps its own messages for a contribution it leaves out or cannot create.
 */
package velocity.core.extension;
