package velocity.ui.sql.internal;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.texteditor.AbstractDocumentProvider;

/** Reads and writes script files; the document is set up for SQL partitioning. */
final class ScriptDocumentProvider extends AbstractDocumentProvider {

    static final String PLUGIN_ID = "velocity.ui.sql";

    @Override
    protected IDocument createDocument(Object element) throws CoreException {
        if (!(element instanceof ScriptEditorInput input)) {
            return null;
        }
        Document document = new Document();
        try {
            document.set(ScriptStore.read(input.script()));
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot read the script " + input.script()
                    + ": " + e.getMessage() + ". Check that the file is readable.", e));
        }
        SqlPartitions.connect(document);
        return document;
    }

    @Override
    protected IAnnotationModel createAnnotationModel(Object element) {
        return new AnnotationModel();
    }

    @Override
    protected void doSaveDocument(IProgressMonitor monitor, Object element, IDocument document, boolean overwrite)
            throws CoreException {
        if (!(element instanceof ScriptEditorInput input)) {
            return;
        }
        try {
            ScriptStore.write(input.script(), document.get());
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot save the script " + input.script() + ": "
                    + e.getMessage() + ". Check the free disk space and the folder's permissions.", e));
        }
    }

    @Override
    protected IRunnableContext getOperationRunner(IProgressMonitor monitor) {
        return null;
    }

    @Override
    public boolean isModifiable(Object element) {
        return true;
    }

    @Override
    public boolean isReadOnly(Object element) {
        return false;
    }
}
