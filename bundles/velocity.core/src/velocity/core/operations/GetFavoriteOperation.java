package velocity.core.operations;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;

/** The favorite query of a name; an unknown name is an error that lists the favorites there are. */
public final class GetFavoriteOperation implements VelocityOperation<Favorite> {

    private final FavoriteStore store;
    private final String name;

    public GetFavoriteOperation(FavoriteStore store, String name) {
        this.store = store;
        this.name = name;
    }

    @Override
    public String label() {
        return "Reading the favorite query '" + name + "'";
    }

    @Override
    public Favorite run(Monitor monitor) throws VelocityException {
        return store.read().require(name);
    }
}
