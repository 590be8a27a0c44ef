/**
 * The query history: every statement run through {@link velocity.core.operations.ExecuteQueryOperation}, from
 * the workbench or the command line, kept in {@code history.jsonl} in the Velocity home (see
 * {@link velocity.core.history.QueryHistory}).
 */
package velocity.core.history;
