package velocity.ui.sql.internal;

import java.util.Set;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;

/** Colours the code between comments and literals: key words of the bound connection's dialect and numbers. */
final class SqlCodeScanner extends RuleBasedScanner {

    private final IToken keyword = new Token(new TextAttribute(SqlColors.KEYWORD, null, SWT.BOLD));
    private final IToken number = new Token(new TextAttribute(SqlColors.NUMBER));
    // Identifiers are taken whole, so that the digits in a name like t1 are not coloured as a number.
    private final IToken identifier = new Token(null);

    SqlCodeScanner(Set<String> keywords) {
        setKeywords(keywords);
    }

    /** Replaces the key words, e.g. when the editor is bound to a connection of another dialect. */
    void setKeywords(Set<String> keywords) {
        WordRule words = new WordRule(new Words(), identifier, true);
        for (String word : keywords) {
            words.addWord(word, keyword);
        }
        setRules(new IRule[] { new WhitespaceRule(Character::isWhitespace), words, new NumberRule(number) });
    }

    private static final class Words implements IWordDetector {
        @Override
        public boolean isWordStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        @Override
        public boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
