/**
 * One class per user action (test, connect, list tables, run a statement, read a page...), each runnable
 * headless or inside a UI Job with a {@link velocity.core.Monitor} for progress and cancel.
 */
package velocity.core.operations;
