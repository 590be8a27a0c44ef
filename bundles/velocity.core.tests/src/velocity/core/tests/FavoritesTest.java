package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.VelocityHome;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;
import velocity.core.operations.CreateFavoriteFolderOperation;
import velocity.core.operations.DeleteFavoriteFolderOperation;
import velocity.core.operations.DeleteFavoriteOperation;
import velocity.core.operations.GetFavoriteOperation;
import velocity.core.operations.ListFavoritesOperation;
import velocity.core.operations.MoveFavoriteOperation;
import velocity.core.operations.RenameFavoriteOperation;
import velocity.core.operations.SaveFavoriteQueryOperation;

class FavoritesTest {

    @TempDir
    Path dir;

    private static final Monitor M = Monitor.create();

    private FavoriteStore store() {
        return new FavoriteStore(new VelocityHome(dir));
    }

    private static Favorites list(FavoriteStore store) throws VelocityException {
        return new ListFavoritesOperation(store).run(M);
    }

    @Test
    void savesRenamesMovesAndDeletesAcrossReopening() throws Exception {
        new SaveFavoriteQueryOperation(store(), Favorite.of("Top customers", "Reports", "pg-test",
                "SELECT name FROM customers ORDER BY spent DESC"), false).run(M);
        new SaveFavoriteQueryOperation(store(), Favorite.of("Count", null, null, "SELECT count(*) FROM orders"), false).run(M);

        Favorites read = list(store());
        assertEquals(List.of("Reports"), read.folders());
        assertEquals(List.of("Count", "Top customers"), read.favorites().stream().map(Favorite::name).toList());
        Favorite top = new GetFavoriteOperation(store(), "Top customers").run(M);
        assertEquals("Reports", top.folder());
        assertEquals("pg-test", top.connection());
        assertEquals("SELECT name FROM customers ORDER BY spent DESC", top.sql());
        assertNull(new GetFavoriteOperation(store(), "Count").run(M).connection());

        new RenameFavoriteOperation(store(), "Top customers", "Best customers").run(M);
        new MoveFavoriteOperation(store(), "Count", "Daily").run(M);
        Favorites after = list(store());
        assertEquals(List.of("Daily", "Reports"), after.folders());
        assertEquals("Daily", after.require("Count").folder());
        assertEquals(top.sql(), after.require("Best customers").sql());
        assertTrue(after.find("Top customers").isEmpty());

        Favorite deleted = new DeleteFavoriteOperation(store(), "Best customers").run(M);
        assertEquals("Best customers", deleted.name());
        Favorites last = list(store());
        assertEquals(List.of("Count"), last.favorites().stream().map(Favorite::name).toList());
        assertEquals(List.of("Daily", "Reports"), last.folders(), "a folder stays when its last favorite goes");
        VelocityException missing = assertThrows(VelocityException.class,
                () -> new GetFavoriteOperation(store(), "Best customers").run(M));
        assertTrue(missing.getMessage().contains("No favorite query is named 'Best customers'. Favorites: Count."),
                missing.getMessage());
    }

    @Test
    void aNameClashIsAnErrorUnlessReplacingWasAsked() throws Exception {
        new SaveFavoriteQueryOperation(store(), Favorite.of("q", "", null, "SELECT 1"), false).run(M);
        VelocityException clash = assertThrows(VelocityException.class,
                () -> new SaveFavoriteQueryOperation(store(), Favorite.of("q", "", null, "SELECT 2"), false).run(M));
        assertEquals(ErrorKind.CONFIGURATION, clash.kind());
        assertTrue(clash.getMessage().contains("A favorite query named 'q' exists already"), clash.getMessage());
        assertEquals("SELECT 1", new GetFavoriteOperation(store(), "q").run(M).sql());
        new SaveFavoriteQueryOperation(store(), Favorite.of("q", "", null, "SELECT 2"), true).run(M);
        assertEquals("SELECT 2", new GetFavoriteOperation(store(), "q").run(M).sql());

        new SaveFavoriteQueryOperation(store(), Favorite.of("r", "", null, "SELECT 3"), false).run(M);
        VelocityException renameClash = assertThrows(VelocityException.class,
                () -> new RenameFavoriteOperation(store(), "r", "q").run(M));
        assertTrue(renameClash.getMessage().contains("'q' exists already"), renameClash.getMessage());
        assertThrows(VelocityException.class, () -> new SaveFavoriteQueryOperation(store(),
                Favorite.of("  ", "", null, "SELECT 1"), false).run(M));
        assertThrows(VelocityException.class, () -> new SaveFavoriteQueryOperation(store(),
                Favorite.of("empty", "", null, " "), false).run(M));
        assertEquals(List.of("q", "r"), list(store()).favorites().stream().map(Favorite::name).toList());
    }

    @Test
    void foldersAreCreatedAndOnlyEmptyOnesDeleted() throws Exception {
        new CreateFavoriteFolderOperation(store(), "Empty").run(M);
        new SaveFavoriteQueryOperation(store(), Favorite.of("a", "Full", null, "SELECT 1"), false).run(M);
        assertEquals(List.of("Empty", "Full"), list(store()).folders());
        assertThrows(VelocityException.class, () -> new CreateFavoriteFolderOperation(store(), "Empty").run(M));
        VelocityException full = assertThrows(VelocityException.class,
                () -> new DeleteFavoriteFolderOperation(store(), "Full").run(M));
        assertTrue(full.getMessage().contains("holds 1 favorite"), full.getMessage());
        new DeleteFavoriteFolderOperation(store(), "Empty").run(M);
        assertEquals(List.of("Full"), list(store()).folders());
        assertEquals(List.of("a"), list(store()).in("Full").stream().map(Favorite::name).toList());
    }

    @Test
    void aCorruptFileIsKeptAsideAndReported() throws Exception {
        FavoriteStore store = store();
        String broken = "{\"version\":1,\"favorites\":[{\"name\":\"lost\",\"sql\":\"SELECT 1\"";
        Files.writeString(store.file(), broken, StandardCharsets.UTF_8);
        assertEquals(List.of(), list(store).favorites());
        List<String> warnings = store.takeWarnings();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("could not be read") && warnings.get(0).contains(".corrupt-"), warnings.get(0));
        try (var files = Files.list(dir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("favorites.json.corrupt-")).toList();
            assertEquals(1, aside.size());
            assertEquals(broken, Files.readString(aside.get(0), StandardCharsets.UTF_8));
        }
        new SaveFavoriteQueryOperation(store, Favorite.of("new", "", null, "SELECT 2"), false).run(M);
        assertEquals(List.of("new"), list(store).favorites().stream().map(Favorite::name).toList());
        assertEquals(List.of(), store.takeWarnings());
    }
}
