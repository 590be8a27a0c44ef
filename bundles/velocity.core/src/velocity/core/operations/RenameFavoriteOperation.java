package velocity.core.operations;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;

/** Gives a favorite query a new name that no other favorite has. */
public final class RenameFavoriteOperation implements VelocityOperation<Favorite> {

    private final FavoriteStore store;
    private final String oldName;
    private final String newName;

    public RenameFavoriteOperation(FavoriteStore store, String oldName, String newName) {
        this.store = store;
        this.oldName = oldName;
        this.newName = newName;
    }

    @Override
    public String label() {
        return "Renaming the favorite query '" + oldName + "' to '" + newName + "'";
    }

    @Override
    public Favorite run(Monitor monitor) throws VelocityException {
        String name = Favorites.checkName(newName);
        Favorite[] renamed = new Favorite[1];
        store.update(current -> {
            Favorite old = current.require(oldName);
            if (!name.equals(oldName) && current.find(name).isPresent()) {
                throw new VelocityException(ErrorKind.CONFIGURATION, "A favorite query named '" + name
                        + "' exists already. Choose another name.");
            }
            renamed[0] = old.withName(name);
            return current.without(oldName).with(renamed[0]);
        });
        return renamed[0];
    }
}
