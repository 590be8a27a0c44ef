/**
 * Favorite queries: named SQL, filed in folders, kept in {@code favorites.json} in the Velocity home (see
 * {@link velocity.core.favorites.FavoriteStore}); the user's actions on them are operations in
 * {@link velocity.core.operations}.
 */
package velocity.core.favorites;
