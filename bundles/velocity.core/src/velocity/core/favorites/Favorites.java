package velocity.core.favorites;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;

/**
 * The favorites and their folders, as read at one moment.
 *
 * @param folders the folders, sorted, including empty ones and those named by a favorite
 * @param favorites the favorites, sorted by folder then name
 */
public record Favorites(List<String> folders, List<Favorite> favorites) {

    public Favorites {
        TreeSet<String> all = new TreeSet<>();
        all.addAll(folders);
        favorites.stream().map(Favorite::folder).filter(f -> !f.isEmpty()).forEach(all::add);
        folders = List.copyOf(all);
        favorites = favorites.stream()
                .sorted(java.util.Comparator.comparing(Favorite::folder, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Favorite::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The favorite with this name, if any. */
    public Optional<Favorite> find(String name) {
        return favorites.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The favorites filed in a folder ({@code ""}: the top level). */
    public List<Favorite> in(String folder) {
        return favorites.stream().filter(f -> f.folder().equals(folder)).toList();
    }

    /**
     * The favorite with this name.
     *
     * @throws VelocityException with {@link ErrorKind#CONFIGURATION} when there is none, naming those there are
     */
    public Favorite require(String name) throws VelocityException {
        Optional<Favorite> found = find(name);
        if (found.isEmpty()) {
            List<String> names = favorites.stream().map(Favorite::name).toList();
            throw new VelocityException(ErrorKind.CONFIGURATION, "No favorite query is named '" + name + "'."
                    + (names.isEmpty() ? " There are no favorites yet." : " Favorites: " + String.join(", ", names) + "."));
        }
        return found.get();
    }

    /** These favorites with one added or put in place of the one of the same name. */
    public Favorites with(Favorite favorite) {
        List<Favorite> next = new ArrayList<>(favorites.stream().filter(f -> !f.name().equals(favorite.name())).toList());
        next.add(favorite);
        return new Favorites(folders, next);
    }

    /** These favorites without the one of this name. */
    public Favorites without(String name) {
        return new Favorites(folders, favorites.stream().filter(f -> !f.name().equals(name)).toList());
    }

    /** These favorites with a folder added. */
    public Favorites withFolder(String folder) {
        List<String> next = new ArrayList<>(folders);
        next.add(folder);
        return new Favorites(next, favorites);
    }

    /** These favorites without a folder (only an empty one goes). */
    public Favorites withoutFolder(String folder) {
        return new Favorites(folders.stream().filter(f -> !f.equals(folder)).toList(), favorites);
    }

    /**
     * Checks a favorite's name.
     *
     * @throws VelocityException with {@link ErrorKind#CONFIGURATION} when it is empty, too long or has line breaks
     */
    public static String checkName(String name) throws VelocityException {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "A favorite query needs a name.");
        }
        if (n.length() > 200 || n.chars().anyMatch(Character::isISOControl)) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The favorite name '" + n.substring(0, Math.min(40, n.length()))
                    + "' is not usable: give one line of at most 200 characters.");
        }
        return n;
    }

    /**
     * Checks a folder's name; {@code null} or blank is the top level.
     *
     * @throws VelocityException with {@link ErrorKind#CONFIGURATION} when it is too long or has line breaks
     */
    public static String checkFolder(String folder) throws VelocityException {
        String f = folder == null ? "" : folder.strip();
        if (f.length() > 200 || f.chars().anyMatch(Character::isISOControl)) {
            throw new VelocityException(ErrorKind.CONFIGURATION, "The folder name '" + f.substring(0, Math.min(40, f.length()))
                    + "' is not usable: give one line of at most 200 characters.");
        }
        return f;
    }
}
