package velocity.core.operations;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;

/** Removes an empty favorites folder; a folder that still holds favorites is refused, so nothing is lost. */
public final class DeleteFavoriteFolderOperation implements VelocityOperation<Favorites> {

    private final FavoriteStore store;
    private final String folder;

    public DeleteFavoriteFolderOperation(FavoriteStore store, String folder) {
        this.store = store;
        this.folder = folder;
    }

    @Override
    public String label() {
        return "Deleting the favorites folder '" + folder + "'";
    }

    @Override
    public Favorites run(Monitor monitor) throws VelocityException {
        return store.update(current -> {
            if (!current.folders().contains(folder)) {
                throw new VelocityException(ErrorKind.CONFIGURATION, "There is no favorites folder '" + folder + "'.");
            }
            int inside = current.in(folder).size();
            if (inside > 0) {
                throw new VelocityException(ErrorKind.CONFIGURATION, "The favorites folder '" + folder + "' holds "
                        + inside + (inside == 1 ? " favorite" : " favorites") + ": move or delete them first.");
            }
            return current.withoutFolder(folder);
        });
    }
}
