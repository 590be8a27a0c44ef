package velocity.core.operations;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;

/** Adds an empty folder for favorite queries. */
public final class CreateFavoriteFolderOperation implements VelocityOperation<Favorites> {

    private final FavoriteStore store;
    private final String folder;

    public CreateFavoriteFolderOperation(FavoriteStore store, String folder) {
        this.store = store;
        this.folder = folder;
    }

    @Override
    public String label() {
        return "Creating the favorites folder '" + folder + "'";
    }

    @Override
    public Favorites run(Monitor monitor) throws VelocityException {
        String name = Favorites.checkFolder(folder);
        if (name.isEmpty()) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "A folder needs a name.");
        }
        return store.update(current -> {
            if (current.folders().contains(name)) {
                throw new VelocityException(ErrorKind.CONFIGURATION, "The favorites folder '" + name + "' exists already.");
            }
            return current.withFolder(name);
        });
    }
}
