/**
 * The workbench's Query History and Favorites views and the SQL editor's Save as Favorite, on the core's
 * {@link velocity.core.history.QueryHistory} and {@link velocity.core.favorites.FavoriteStore}.
 */
package velocity.ui.history;
