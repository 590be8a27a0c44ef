package velocity.core.operations;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;

/** Deletes a favorite query; its folder stays. */
public final class DeleteFavoriteOperation implements VelocityOperation<Favorite> {

    private final FavoriteStore store;
    private final String name;

    public DeleteFavoriteOperation(FavoriteStore store, String name) {
        this.store = store;
        this.name = name;
    }

    @Override
    public String label() {
        return "Deleting the favorite query '" + name + "'";
    }

    /** @return the favorite that was deleted */
    @Override
    public Favorite run(Monitor monitor) throws VelocityException {
        Favorite[] deleted = new Favorite[1];
        store.update(current -> {
            deleted[0] = current.require(name);
            return current.without(name);
        });
        return deleted[0];
    }
}
