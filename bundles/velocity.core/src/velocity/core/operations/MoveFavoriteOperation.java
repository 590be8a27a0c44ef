package velocity.core.operations;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;

/** Files a favorite query in a folder, creating the folder when it is new; {@code ""} is the top level. */
public final class MoveFavoriteOperation implements VelocityOperation<Favorite> {

    private final FavoriteStore store;
    private final String name;
    private final String folder;

    public MoveFavoriteOperation(FavoriteStore store, String name, String folder) {
        this.store = store;
        this.name = name;
        this.folder = folder;
    }

    @Override
    public String label() {
        return "Moving the favorite query '" + name + "' to " + (folder == null || folder.isBlank() ? "the top level"
                : "the folder '" + folder + "'");
    }

    @Override
    public Favorite run(Monitor monitor) throws VelocityException {
        String target = Favorites.checkFolder(folder);
        Favorite[] moved = new Favorite[1];
        store.update(current -> {
            moved[0] = current.require(name).withFolder(target);
            return current.with(moved[0]);
        });
        return moved[0];
    }
}
