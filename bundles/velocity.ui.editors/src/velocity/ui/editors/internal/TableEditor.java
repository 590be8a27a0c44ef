package velocity.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import velocity.core.metadata.TableKind;
import velocity.core.metadata.TableSchema;
import velocity.ui.Connections;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityImages;
import velocity.ui.VelocityUi;
import velocity.ui.editors.EditorTab;
import velocity.ui.editors.TableEditorInput;

/**
 * The editor of a table or view: a tab folder whose tabs come from the extension point
 * {@code velocity.ui.editors}. The structure is read once when the editor opens; it decides which tabs apply
 * (a view has no keys), and each tab is created when first selected.
 */
public final class TableEditor extends EditorPart implements ISaveablePart2 {

    private final List<OpenTab> tabs = new ArrayList<>();
    private final Connections.Listener connectionListener = this::connectionChanged;
    private final Connections.DisconnectGuard disconnectGuard = this::mayDisconnect;
    private TableEditorContext context;
    private CTabFolder folder;
    private Label message;

    /** A contributed tab and, once shown, its instance. */
    private static final class OpenTab {
        final EditorTabDescriptor descriptor;
        final CTabItem item;
        EditorTab tab;

        OpenTab(EditorTabDescriptor descriptor, CTabItem item) {
            this.descriptor = descriptor;
            this.item = item;
        }
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof TableEditorInput)) {
            throw new PartInitException("The table editor opens tables, not " + input.getName() + ".");
        }
        setSite(site);
        setInput(input);
        TableEditorInput table = (TableEditorInput) input;
        setPartName(table.table().name());
        setTitleToolTip(table.getToolTipText());
        setTitleImage(VelocityUi.image(VelocityImages.TABLE));
    }

    @Override
    public void createPartControl(Composite parent) {
        TableEditorInput input = (TableEditorInput) getEditorInput();
        folder = VelocityUi.name(new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT), "table.tabs");
        context = new TableEditorContext(input.connectionName(), input.table(), folder);
        context.onDirtyChanged(() -> firePropertyChange(IEditorPart.PROP_DIRTY));
        CTabItem loading = new CTabItem(folder, SWT.NONE);
        loading.setText("Loading");
        Composite page = new Composite(folder, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(page);
        message = VelocityUi.name(new Label(page, SWT.WRAP), "table.message");
        message.setText("Reading the structure of " + input.table() + " on '" + input.connectionName() + "'…");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        loading.setControl(page);
        folder.setSelection(loading);
        folder.addListener(SWT.Selection, e -> showTab(folder.getSelectionIndex()));
        VelocityUi.connections().addListener(connectionListener);
        VelocityUi.connections().addDisconnectGuard(disconnectGuard);
        context.loadSchema(e -> {
            if (!message.isDisposed()) {
                message.setText("Cannot show " + input.table() + " on '" + input.connectionName() + "': "
                        + e.getMessage() + "\nCheck the connection and the table, then open it again.");
                message.getParent().layout();
            }
        });
        context.whenSchemaLoaded(schema -> createTabs(schema, loading));
    }

    private void createTabs(TableSchema schema, CTabItem loading) {
        boolean view = schema.table().kind() == TableKind.VIEW || schema.table().kind() == TableKind.MATERIALIZED_VIEW;
        setTitleImage(VelocityUi.image(view ? VelocityImages.VIEW : VelocityImages.TABLE));
        String kind = view ? "view" : "table";
        for (EditorTabDescriptor descriptor : EditorTabRegistry.tabs(kind, context.dialect())) {
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setText(descriptor.name());
            item.setData(VelocityUi.WIDGET_ID, "table.tab." + descriptor.id());
            tabs.add(new OpenTab(descriptor, item));
        }
        loading.getControl().dispose();
        loading.dispose();
        if (!tabs.isEmpty()) {
            folder.setSelection(0);
            showTab(0);
        }
    }

    private void showTab(int index) {
        if (index < 0 || index >= tabs.size()) {
            return;
        }
        OpenTab open = tabs.get(index);
        if (open.tab == null) {
            try {
                open.tab = open.descriptor.create();
                Control control = open.tab.create(folder, context);
                open.item.setControl(control);
            } catch (CoreException | RuntimeException e) {
                ErrorReporter.report("Opening the tab '" + open.descriptor.name() + "' of " + context.table()
                        + " (contributed by " + open.descriptor.contributor() + ")", e);
                return;
            }
        }
        open.tab.activated();
    }

    /** Selects a tab by its contributed id, creating it when needed; for callers that open a given tab. */
    public boolean selectTab(String id) {
        for (int i = 0; i < tabs.size(); i++) {
            if (tabs.get(i).descriptor.id().equals(id)) {
                folder.setSelection(i);
                showTab(i);
                return true;
            }
        }
        return false;
    }

    private void connectionChanged(String name, Connections.Change change) {
        if (change == Connections.Change.DELETED && name.equals(context.connectionName()) && folder != null
                && !folder.isDisposed()) {
            getSite().getPage().closeEditor(this, false);
        }
    }

    @Override
    public void setFocus() {
        CTabItem selected = folder.getSelection();
        if (selected != null && selected.getControl() != null && !selected.getControl().isDisposed()) {
            selected.getControl().setFocus();
        } else {
            folder.setFocus();
        }
    }

    @Override
    public void dispose() {
        VelocityUi.connections().removeListener(connectionListener);
        VelocityUi.connections().removeDisconnectGuard(disconnectGuard);
        if (context != null) {
            context.dispose();
        }
        for (OpenTab open : tabs) {
            if (open.tab != null) {
                try {
                    open.tab.dispose();
                } catch (RuntimeException e) {
                    ErrorReporter.report("Closing the tab '" + open.descriptor.name() + "'", e);
                }
            }
        }
        super.dispose();
    }

    /** Ctrl+S: the tabs write their pending changes in jobs; the editor stays dirty until they are written. */
    @Override
    public void doSave(IProgressMonitor monitor) {
        for (OpenTab open : tabs) {
            if (open.tab != null && open.tab.isDirty()) {
                open.tab.save(() -> firePropertyChange(IEditorPart.PROP_DIRTY));
            }
        }
    }

    /**
     * Closing with pending changes asks Apply, Discard or Cancel. Applying runs in a job and closes the editor
     * once the changes are written; when they fail the editor stays open with them.
     */
    @Override
    public int promptToSaveOnClose() {
        List<EditorTab> dirty = dirtyTabs();
        if (dirty.isEmpty()) {
            return NO;
        }
        return switch (ask("Closing the editor")) {
            case APPLY -> {
                saveThen(dirty, () -> getSite().getPage().closeEditor(this, false));
                yield CANCEL;
            }
            case DISCARD -> {
                dirty.forEach(EditorTab::discard);
                yield NO;
            }
            case CANCEL -> CANCEL;
        };
    }

    private boolean mayDisconnect(String name, String action, Runnable retry) {
        List<EditorTab> dirty = dirtyTabs();
        if (!name.equals(context.connectionName()) || dirty.isEmpty()) {
            return true;
        }
        return switch (ask(action)) {
            case APPLY -> {
                saveThen(dirty, retry);
                yield false;
            }
            case DISCARD -> {
                dirty.forEach(EditorTab::discard);
                yield true;
            }
            case CANCEL -> false;
        };
    }

    private PendingEditsPrompt.Answer ask(String what) {
        int count = 0;
        for (EditorTab tab : dirtyTabs()) {
            count += tab instanceof velocity.ui.editors.internal.tabs.DataTab data ? data.pendingCount() : 1;
        }
        return PendingEditsPrompt.ask(getSite().getShell(), context.table().toString(), what, count);
    }

    private void saveThen(List<EditorTab> dirty, Runnable then) {
        for (EditorTab tab : dirty) {
            tab.save(() -> {
                firePropertyChange(IEditorPart.PROP_DIRTY);
                if (dirtyTabs().isEmpty()) {
                    then.run();
                }
            });
        }
    }

    private List<EditorTab> dirtyTabs() {
        List<EditorTab> dirty = new ArrayList<>();
        for (OpenTab open : tabs) {
            if (open.tab != null && open.tab.isDirty()) {
                dirty.add(open.tab);
            }
        }
        return dirty;
    }

    @Override
    public void doSaveAs() {
        // Save As is not allowed (isSaveAsAllowed).
    }

    @Override
    public boolean isDirty() {
        return !dirtyTabs().isEmpty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
