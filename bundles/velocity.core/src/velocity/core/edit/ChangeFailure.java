package velocity.core.edit;

/**
 * The change that made applying fail.
 *
 * @param index its zero-based position among the changes applied
 * @param change the change
 * @param reason why it failed: the server's message, or that it changed no row or several rows
 */
public record ChangeFailure(int index, RowChange change, String reason) {
}
