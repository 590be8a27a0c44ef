package velocity.core.operations;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;

/**
 * Saves a query as a favorite. A favorite of the same name is replaced only when asked; otherwise the name
 * clash is an error that says how to replace it.
 */
public final class SaveFavoriteQueryOperation implements VelocityOperation<Favorite> {

    private final FavoriteStore store;
    private final Favorite favorite;
    private final boolean replace;

    /**
     * @param replace whether a favorite of the same name is replaced
     */
    public SaveFavoriteQueryOperation(FavoriteStore store, Favorite favorite, boolean replace) {
        this.store = store;
        this.favorite = favorite;
        this.replace = replace;
    }

    @Override
    public String label() {
        return "Saving the favorite query '" + favorite.name() + "'";
    }

    @Override
    public Favorite run(Monitor monitor) throws VelocityException {
        Favorite checked = new Favorite(Favorites.checkName(favorite.name()), Favorites.checkFolder(favorite.folder()),
                favorite.connection(), favorite.sql(), favorite.saved());
        if (checked.sql().isBlank()) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The favorite query '" + checked.name()
                    + "' has no SQL: give the statement to keep.");
        }
        store.update(current -> {
            if (!replace && current.find(checked.name()).isPresent()) {
                throw new VelocityException(ErrorKind.CONFIGURATION, "A favorite query named '" + checked.name()
                        + "' exists already. Choose another name, or replace it.");
            }
            return current.with(checked);
        });
        return checked;
    }
}
