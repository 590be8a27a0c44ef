package velocity.ui.sql.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits SQL text into comments, string literals, quoted identifiers and code, so that a block comment or
 * a string spanning lines is coloured whole however it is edited.
 */
final class SqlPartitions {

    static final String PARTITIONING = "velocity.sql.partitioning";
    static final String COMMENT = "sql_comment";
    static final String STRING = "sql_string";
    static final String QUOTED = "sql_quoted";
    static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING, QUOTED };

    private SqlPartitions() {
    }

    static void connect(IDocument document) {
        FastPartitioner partitioner = new FastPartitioner(new Scanner(), new String[] { COMMENT, STRING, QUOTED });
        ((IDocumentExtension3) document).setDocumentPartitioner(PARTITIONING, partitioner);
        partitioner.connect(document);
    }

    private static final class Scanner extends RuleBasedPartitionScanner {
        Scanner() {
            Token comment = new Token(COMMENT);
            Token string = new Token(STRING);
            Token quoted = new Token(QUOTED);
            setPredicateRules(new IPredicateRule[] {
                    new EndOfLineRule("--", comment),
                    new MultiLineRule("/*", "*/", comment, (char) 0, true),
                    // '' inside a literal is two literals back to back: same colour, no escape needed.
                    new MultiLineRule("'", "'", string, (char) 0, true),
                    new MultiLineRule("\"", "\"", quoted, (char) 0, true),
                    new MultiLineRule("`", "`", quoted, (char) 0, true) });
        }
    }
}
