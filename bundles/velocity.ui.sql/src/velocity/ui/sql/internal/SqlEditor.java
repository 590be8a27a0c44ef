package velocity.ui.sql.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.editors.text.TextEditor;

import velocity.core.VelocityException;
import velocity.core.operations.ExecuteScriptOperation.OnError;
import velocity.core.query.ScriptStatement;
import velocity.ui.ErrorReporter;
import velocity.ui.VelocityUi;
import velocity.ui.grid.ResultGrid;
import velocity.ui.sql.SqlEditors;

/**
 * The SQL editor: a script file bound to a saved connection, with the results below the text: a tab for the
 * last statement run alone and, after a whole script ran, a tab for each of its statements. The script is saved on its own shortly after each change and when the editor closes, so
 * it never asks to be saved.
 */
public final class SqlEditor extends TextEditor {

    private static final ScriptDocumentProvider DOCUMENTS = new ScriptDocumentProvider();

    private final SqlSourceViewerConfiguration configuration;
    private String connectionName;
    private EditorToolbar toolbar;
    private ResultsPanel results;
    private StatementRunner runner;
    private CTabFolder folder;
    private ScriptRunner scripts;
    private ErrorMarker errors;
    private Autosave autosave;

    public SqlEditor() {
        configuration = new SqlSourceViewerConfiguration(SqlKeywords.of(null));
        setSourceViewerConfiguration(configuration);
        setDocumentProvider(DOCUMENTS);
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { SqlEditors.CONTEXT_ID });
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        if (autosave != null) {
            saveNow();
            autosave.detach();
        }
        super.doSetInput(input);
        connectionName = input instanceof ScriptEditorInput script ? ScriptStore.connectionOf(script.script()) : null;
        configuration.setKeywords(SqlKeywords.of(connectionName));
        updateTitle();
        if (autosave != null) {
            autosave.attach(getDocumentProvider().getDocument(input));
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        root.setLayout(layout);
        toolbar = new EditorToolbar(root, this::setConnection, this::runStatement, this::runScript, this::cancel);
        toolbar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = VelocityUi.name(new SashForm(root, SWT.VERTICAL), "sql.sash");
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite text = new Composite(sash, SWT.NONE);
        text.setLayout(new FillLayout());
        super.createPartControl(text);
        VelocityUi.name(getSourceViewer().getTextWidget(), "sql.text");
        folder = VelocityUi.name(new CTabFolder(sash, SWT.BOTTOM | SWT.FLAT | SWT.BORDER), "sql.results.tabs");
        results = new ResultsPanel(folder);
        CTabItem single = VelocityUi.name(new CTabItem(folder, SWT.NONE), "sql.results.tab");
        single.setText("Result");
        single.setToolTipText("The result of the last statement run with Ctrl+Enter");
        single.setControl(results.control());
        folder.setSelection(single);
        sash.setWeights(55, 45);
        Runnable busy = () -> toolbar.setBusy(runner.isBusy() || scripts.isBusy());
        runner = new StatementRunner(results, sash, busy);
        scripts = new ScriptRunner(folder, busy);
        errors = new ErrorMarker(this);
        toolbar.select(connectionName);
        autosave = new Autosave(parent.getDisplay(), this::saveNow);
        autosave.attach(getDocumentProvider().getDocument(getEditorInput()));
    }

    /** The saved connection the script runs on, or {@code null}. */
    public String connectionName() {
        return connectionName;
    }

    /** Binds the script to another saved connection. */
    public void setConnection(String name) {
        connectionName = name;
        if (getEditorInput() instanceof ScriptEditorInput script) {
            try {
                ScriptStore.bind(script.script(), name);
            } catch (IOException e) {
                ErrorReporter.report("Binding " + script.getName() + " to '" + name + "'", e);
            }
        }
        configuration.setKeywords(SqlKeywords.of(name));
        if (getSourceViewer() != null) {
            getSourceViewer().invalidateTextPresentation();
        }
        if (toolbar != null) {
            toolbar.select(name);
        }
        updateTitle();
    }

    /** Runs the selection, or the statement under the caret (see {@link StatementFinder}). */
    public void runStatement() {
        folder.setSelection(0);
        if (!canRun()) {
            return;
        }
        if (scripts.isBusy()) {
            results.showNotice("A script is still running on '" + connectionName + "': cancel it first.");
            return;
        }
        ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
        String script = document().get();
        StatementFinder.Statement statement = userSelected(selection)
                ? StatementFinder.selection(script, selection.getOffset(), selection.getLength())
                : StatementFinder.at(EditorDialect.splitter(connectionName), script, selection.getOffset());
        if (statement == null) {
            results.showNotice("Nothing to run: type a statement, then press Ctrl+Enter.");
            return;
        }
        errors.clear();
        runner.run(connectionName, statement.text(), error -> errors.mark(statement, error));
    }

    /**
     * Runs every statement of the script, or of the selection, in order on one connection, each into a tab of
     * its own; the toolbar's toggle says whether the first failure stops the rest.
     */
    public void runScript() {
        if (!canRun()) {
            folder.setSelection(0);
            return;
        }
        if (runner.isBusy()) {
            folder.setSelection(0);
            results.showNotice("A statement is still running on '" + connectionName + "': cancel it first.");
            return;
        }
        ITextSelection selection = (ITextSelection) getSelectionProvider().getSelection();
        String text = document().get();
        boolean selected = userSelected(selection);
        int base = selected ? selection.getOffset() : 0;
        String script = selected ? text.substring(base, base + selection.getLength()) : text;
        List<ScriptStatement> statements = EditorDialect.splitter(connectionName).split(script);
        if (statements.isEmpty()) {
            folder.setSelection(0);
            results.showNotice("Nothing to run: type statements ending with ;, then press Ctrl+Alt+Enter.");
            return;
        }
        errors.clear();
        scripts.run(connectionName, statements, toolbar.stopOnError() ? OnError.STOP : OnError.CONTINUE, base,
                errors::mark);
    }

    /** Whether text is selected by the user, not by the error marker pointing at the last error. */
    private boolean userSelected(ITextSelection selection) {
        return selection.getLength() > 0 && !errors.selected(selection.getOffset(), selection.getLength());
    }

    /** Whether the editor has a saved connection to run on; says what to do when it has not. */
    private boolean canRun() {
        if (connectionName == null) {
            results.showNotice("Choose the connection to run on in the bar above the text.");
            return false;
        }
        if (!isSaved(connectionName)) {
            results.showNotice("The connection '" + connectionName + "' is no longer saved: choose another one in the bar above the text.");
            return false;
        }
        saveNow();
        return true;
    }

    private static boolean isSaved(String name) {
        try {
            return VelocityUi.velocity().connections().find(name).isPresent();
        } catch (VelocityException e) {
            // The settings file is unreadable: connecting will report it with what to do.
            return true;
        }
    }

    /** Cancels the running statement, or the running script. */
    public void cancel() {
        if (runner != null) {
            runner.cancel();
        }
        if (scripts != null) {
            scripts.cancel();
        }
    }

    /** Writes the script now if it changed; the autosave and closing call this too. */
    public void saveNow() {
        if (isDirty() && getDocumentProvider().getDocument(getEditorInput()) != null) {
            doSave(new NullProgressMonitor());
        }
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        // Closing saves by itself (see dispose): there is nothing to ask.
        return false;
    }

    @Override
    public void dispose() {
        if (autosave != null) {
            autosave.detach();
        }
        if (getEditorInput() instanceof ScriptEditorInput script && getDocumentProvider() != null) {
            IDocument document = getDocumentProvider().getDocument(script);
            if (document != null && isDirty()) {
                writeQuietly(script, document.get());
            }
        }
        if (runner != null) {
            runner.dispose();
        }
        if (scripts != null) {
            scripts.dispose();
        }
        super.dispose();
    }

    private static void writeQuietly(ScriptEditorInput script, String text) {
        try {
            ScriptStore.write(script.script(), text);
        } catch (IOException e) {
            ErrorReporter.report("Saving " + script.getName() + " while closing it", e);
        }
    }

    private void updateTitle() {
        IEditorInput input = getEditorInput();
        if (input == null) {
            return;
        }
        String base = input.getName().replaceFirst("\\.sql$", "");
        setPartName(connectionName == null ? base : base + " (" + connectionName + ")");
        setTitleToolTip(getTitleToolTip());
    }

    @Override
    public String getTitleToolTip() {
        // EditorPart answers with the input's tool tip alone; the connection belongs in it too.
        IEditorInput input = getEditorInput();
        String file = input == null ? "" : input.getToolTipText() + "\n";
        return file + (connectionName == null ? "No connection chosen" : "Runs on the saved connection '" + connectionName + "'");
    }

    /** The result grid too, so that commands such as Export find the rows the editor shows. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ResultGrid.class && results != null) {
            return adapter.cast(results.grid());
        }
        return super.getAdapter(adapter);
    }

    /** The document of the script, for the error marker. */
    IDocument document() {
        return getDocumentProvider().getDocument(getEditorInput());
    }

    /** Moves the caret to a range and selects it. */
    void reveal(int offset, int length) {
        selectAndReveal(offset, length);
    }

    IAnnotationModel annotations() {
        return getDocumentProvider().getAnnotationModel(getEditorInput());
    }
}
