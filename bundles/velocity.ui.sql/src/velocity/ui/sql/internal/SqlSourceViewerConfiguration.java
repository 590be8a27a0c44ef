package velocity.ui.sql.internal;

import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Syntax colouring of SQL: one scanner per partition of {@link SqlPartitions}. */
final class SqlSourceViewerConfiguration extends TextSourceViewerConfiguration {

    private final SqlCodeScanner code;

    SqlSourceViewerConfiguration(Set<String> keywords) {
        super(org.eclipse.ui.editors.text.EditorsUI.getPreferenceStore());
        this.code = new SqlCodeScanner(keywords);
    }

    /** Colours with another dialect's key words from the next repaint on. */
    void setKeywords(Set<String> keywords) {
        code.setKeywords(keywords);
    }

    @Override
    public String getConfiguredDocumentPartitioning(ISourceViewer sourceViewer) {
        return SqlPartitions.PARTITIONING;
    }

    @Override
    public String[] getConfiguredContentTypes(ISourceViewer sourceViewer) {
        return SqlPartitions.TYPES.clone();
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        reconciler.setDocumentPartitioning(SqlPartitions.PARTITIONING);
        add(reconciler, code, IDocument.DEFAULT_CONTENT_TYPE);
        add(reconciler, plain(SqlColors.COMMENT), SqlPartitions.COMMENT);
        add(reconciler, plain(SqlColors.STRING), SqlPartitions.STRING);
        add(reconciler, plain(SqlColors.QUOTED), SqlPartitions.QUOTED);
        return reconciler;
    }

    private static void add(PresentationReconciler reconciler, ITokenScanner scanner, String type) {
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
        reconciler.setDamager(dr, type);
        reconciler.setRepairer(dr, type);
    }

    private static RuleBasedScanner plain(Color color) {
        RuleBasedScanner scanner = new RuleBasedScanner();
        scanner.setDefaultReturnToken(new Token(new TextAttribute(color)));
        return scanner;
    }
}
