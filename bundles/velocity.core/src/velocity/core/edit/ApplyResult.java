package velocity.core.edit;

/**
 * What applying changes did.
 *
 * @param changes how many changes were applied
 * @param rowsChanged how many rows their statements changed in all
 */
public record ApplyResult(int changes, long rowsChanged) {
}
