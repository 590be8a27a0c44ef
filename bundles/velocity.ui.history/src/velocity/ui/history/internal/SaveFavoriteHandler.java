package velocity.ui.history.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.operations.ListFavoritesOperation;
import velocity.core.operations.SaveFavoriteQueryOperation;
import velocity.ui.ErrorReporter;
import velocity.ui.OperationJob;
import velocity.ui.VelocityUi;
import velocity.ui.history.HistoryViews;
import velocity.ui.sql.SqlEditorAccess;

/**
 * Save as Favorite (Ctrl+D in the SQL editor): asks a name and a folder, then keeps the selection, or the
 * whole script, with the editor's connection. A name in use is asked about before it is replaced.
 */
public final class SaveFavoriteHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        String sql = SqlEditorAccess.text(part).strip();
        if (sql.isEmpty()) {
            ErrorReporter.report("Saving a favorite query", new VelocityException(velocity.core.ErrorKind.CONFIGURATION,
                    "The SQL editor is empty: type or select the statement to keep, then save it as a favorite."));
            return null;
        }
        String connection = SqlEditorAccess.connection(part);
        FavoriteStore store = VelocityUi.velocity().favorites();
        List<String> folders;
        try {
            // A small local file: reading it here keeps the dialog's folder list exact.
            folders = new ListFavoritesOperation(store).run(Monitor.create()).folders();
        } catch (VelocityException e) {
            ErrorReporter.report("Reading the favorite queries", e);
            return null;
        }
        FavoritesView.reportWarnings(store);
        NameDialog dialog = new NameDialog(HandlerUtil.getActiveShell(event), "Save as Favorite",
                "Keep " + (connection == null ? "this SQL" : "this SQL of '" + connection + "'") + " under a name.",
                suggestedName(sql), folders, "");
        if (dialog.open() != Window.OK) {
            return null;
        }
        Favorite favorite = Favorite.of(dialog.name(), dialog.folder(), connection, sql);
        save(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), store, favorite, false);
        return null;
    }

    private static void save(IWorkbenchPage page, FavoriteStore store, Favorite favorite, boolean replace) {
        OperationJob.of(new SaveFavoriteQueryOperation(store, favorite, replace))
                .reportErrors(false)
                .onSuccess(saved -> showIn(page, saved))
                .onFailure(e -> {
                    boolean clash = !replace && e.getMessage().contains("exists already");
                    if (clash && Dialogs.confirm(page.getWorkbenchWindow().getShell(), "Replace Favorite",
                            "A favorite query named '" + favorite.name() + "' exists already. Replace it?", "Replace")) {
                        save(page, store, favorite, true);
                    } else if (!clash) {
                        ErrorReporter.report("Saving the favorite query '" + favorite.name() + "'", e);
                    }
                })
                .schedule();
    }

    private static void showIn(IWorkbenchPage page, Favorite saved) {
        try {
            IWorkbenchPart active = page.getActivePart();
            FavoritesView view = (FavoritesView) page.showView(HistoryViews.FAVORITES_VIEW_ID);
            view.refresh(saved.name());
            // Shown for the user to see the favorite land; the editor keeps the keyboard.
            if (active != null && active != view) {
                page.activate(active);
            }
        } catch (PartInitException | RuntimeException e) {
            ErrorReporter.report("Showing the Favorites view", e);
        }
    }

    /** The first words of the statement, as a starting point for its name. */
    static String suggestedName(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40).strip();
    }
}
