package velocity.core.operations;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;

/** Reads the favorite queries and their folders. */
public final class ListFavoritesOperation implements VelocityOperation<Favorites> {

    private final FavoriteStore store;

    public ListFavoritesOperation(FavoriteStore store) {
        this.store = store;
    }

    @Override
    public String label() {
        return "Reading the favorite queries";
    }

    @Override
    public Favorites run(Monitor monitor) throws VelocityException {
        return store.read();
    }
}
