package velocity.ui.history.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

import velocity.core.ErrorKind;
import velocity.core.VelocityException;
import velocity.core.favorites.Favorite;
import velocity.core.favorites.FavoriteStore;
import velocity.core.favorites.Favorites;
import velocity.core.operations.CreateFavoriteFolderOperation;
import velocity.core.operations.DeleteFavoriteFolderOperation;
import velocity.core.operations.DeleteFavoriteOperation;
import velocity.core.operations.ListFavoritesOperation;
import velocity.core.operations.MoveFavoriteOperation;
import velocity.core.operations.RenameFavoriteOperation;
import velocity.core.operations.VelocityOperation;
import velocity.ui.ErrorReporter;
import velocity.ui.OperationJob;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.sql.SqlEditorAccess;

/**
 * The Favorites view: the favorite queries in a tree of folders. Double-click or Open puts one in a new SQL
 * editor on its connection; Run also runs it; Rename, Move, Delete and New Folder change the shared file.
 */
public final class FavoritesView extends ViewPart {

    /** A folder of the tree. */
    record Folder(String name) {
    }

    private TreeViewer viewer;
    private Label status;
    private Favorites current = new Favorites(List.of(), List.of());

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(8, false));
        button(parent, "Open", "favorites.open", () -> open(false));
        button(parent, "Run", "favorites.run", () -> open(true));
        button(parent, "Rename...", "favorites.rename", this::rename);
        button(parent, "Move...", "favorites.move", this::move);
        button(parent, "Delete", "favorites.delete", this::delete);
        button(parent, "New Folder...", "favorites.newFolder", this::newFolder);
        button(parent, "Refresh", "favorites.refresh", () -> refresh(null));
        status = VelocityUi.name(new Label(parent, SWT.NONE), "favorites.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        viewer = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE);
        VelocityUi.name(viewer.getTree(), "favorites.tree");
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.addDoubleClickListener(e -> {
            if (selectedFavorite() != null) {
                open(false);
            } else if (selection() instanceof Folder folder) {
                viewer.setExpandedState(folder, !viewer.getExpandedState(folder));
            }
        });
        getSite().setSelectionProvider(viewer);
        refresh(null);
    }

    private static void button(Composite parent, String label, String id, Runnable action) {
        Button button = VelocityUi.name(new Button(parent, SWT.PUSH), id);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private static FavoriteStore store() {
        return VelocityUi.velocity().favorites();
    }

    /** Reads the favorites again and selects the one of this name, if given. */
    public void refresh(String select) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        OperationJob.of(new ListFavoritesOperation(store()))
                .owner(viewer.getControl())
                .onSuccess(favorites -> {
                    reportWarnings(store());
                    show(favorites, select);
                })
                .schedule();
    }

    private void show(Favorites favorites, String select) {
        current = favorites;
        viewer.setInput(favorites);
        viewer.expandAll();
        if (select != null) {
            favorites.find(select).ifPresent(f -> viewer.setSelection(new StructuredSelection(f), true));
        }
        status.setText(favorites.favorites().size() + (favorites.favorites().size() == 1 ? " favorite" : " favorites"));
    }

    /** Shows, once, what the store had to say about its file (a corrupt file set aside). */
    static void reportWarnings(FavoriteStore store) {
        for (String warning : store.takeWarnings()) {
            ErrorReporter.report("Reading the favorite queries", new VelocityException(ErrorKind.CONFIGURATION, warning));
        }
    }

    private Object selection() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private Favorite selectedFavorite() {
        return selection() instanceof Favorite f ? f : null;
    }

    private Favorite requireFavorite() {
        Favorite f = selectedFavorite();
        if (f == null) {
            status.setText("Select a favorite first.");
        }
        return f;
    }

    private void open(boolean run) {
        Favorite f = requireFavorite();
        if (f == null) {
            return;
        }
        ITextEditor editor = SqlEditorAccess.open(getSite().getPage(), HistoryView.savedOrNull(f.connection()), f.sql());
        if (editor != null && run) {
            SqlEditorAccess.runAll(editor);
        }
    }

    private void rename() {
        Favorite f = requireFavorite();
        if (f == null) {
            return;
        }
        NameDialog dialog = new NameDialog(getSite().getShell(), "Rename Favorite", "A new name for '" + f.name() + "'.",
                f.name(), null, null);
        if (dialog.open() == Window.OK && !dialog.name().equals(f.name())) {
            change(new RenameFavoriteOperation(store(), f.name(), dialog.name()), dialog.name());
        }
    }

    private void move() {
        Favorite f = requireFavorite();
        if (f == null) {
            return;
        }
        NameDialog dialog = new NameDialog(getSite().getShell(), "Move Favorite", "The folder for '" + f.name()
                + "' (empty for the top level).", null, current.folders(), f.folder());
        if (dialog.open() == Window.OK) {
            change(new MoveFavoriteOperation(store(), f.name(), dialog.folder()), f.name());
        }
    }

    private void delete() {
        Object selected = selection();
        if (selected instanceof Favorite f) {
            if (Dialogs.confirm(getSite().getShell(), "Delete Favorite", "Delete the favorite query '" + f.name() + "'?",
                    "Delete")) {
                change(new DeleteFavoriteOperation(store(), f.name()), null);
            }
        } else if (selected instanceof Folder folder) {
            change(new DeleteFavoriteFolderOperation(store(), folder.name()), null);
        } else {
            status.setText("Select a favorite or an empty folder first.");
        }
    }

    private void newFolder() {
        NameDialog dialog = new NameDialog(getSite().getShell(), "New Folder", "A folder for favorite queries.", "",
                null, null);
        if (dialog.open() == Window.OK) {
            change(new CreateFavoriteFolderOperation(store(), dialog.name()), null);
        }
    }

    private void change(VelocityOperation<?> operation, String select) {
        OperationJob.of(operation).owner(viewer.getControl()).onSuccess(r -> refresh(select)).schedule();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** Folders first, then the favorites at the top level; a folder holds its favorites. */
    private static final class Content extends ArrayContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            Favorites favorites = (Favorites) input;
            List<Object> top = new ArrayList<>();
            favorites.folders().forEach(f -> top.add(new Folder(f)));
            top.addAll(favorites.in(""));
            return top.toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Folder folder ? currentOf(folder).toArray() : new Object[0];
        }

        private Favorites input;

        @Override
        public void inputChanged(org.eclipse.jface.viewers.Viewer v, Object oldInput, Object newInput) {
            input = (Favorites) newInput;
        }

        private List<Favorite> currentOf(Folder folder) {
            return input == null ? List.of() : input.in(folder.name());
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Favorite f && !f.folder().isEmpty() ? new Folder(f.folder()) : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Folder folder && !currentOf(folder).isEmpty();
        }
    }

    private static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof Folder folder) {
                return folder.name();
            }
            Favorite f = (Favorite) element;
            return f.connection() == null ? f.name() : f.name() + "  (" + f.connection() + ")";
        }

        @Override
        public Image getImage(Object element) {
            return VelocityUi.image(element instanceof Folder ? VelocityImages.FOLDER : VelocityImages.SQL);
        }
    }
}
