package velocity.core.internal.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import velocity.core.query.ScriptStatement;
import velocity.core.spi.StandardStatementSplitter.Feature;

/**
 * One pass over a script, character by character, with the state a statement needs: where its first and
 * last tokens are, the current delimiter and how deep it is inside a routine's body. Quoted text and
 * comments are skipped whole, so nothing in them can end a statement; an unterminated one runs to the end
 * of the script, where the server reports it.
 */
public final class ScriptScanner {

    private final String s;
    private final int n;
    private final Set<Feature> features;
    private final LineIndex lines;
    private final List<ScriptStatement> statements = new ArrayList<>();

    private String delimiter = ";";
    private int codeStart = -1;
    private int codeEnd;
    private int words;
    private boolean trigger;
    private int depth;
    private String firstWord = "";
    private String previousWord = "";

    public ScriptScanner(String script, Set<Feature> features) {
        this.s = script;
        this.n = script.length();
        this.features = features;
        this.lines = new LineIndex(script);
    }

    public List<ScriptStatement> scan() {
        int i = 0;
        while (i < n) {
            if (depth == 0 && s.startsWith(delimiter, i)) {
                endStatement();
                i += delimiter.length();
                continue;
            }
            i = token(i);
        }
        endStatement();
        return statements;
    }

    /** Reads the token at {@code i} and returns the offset after it. */
    private int token(int i) {
        char c = s.charAt(i);
        char next = i + 1 < n ? s.charAt(i + 1) : '\0';
        if (Character.isWhitespace(c)) {
            return i + 1;
        }
        if (c == '\'') {
            return code(i, Quoted.skip(s, i, '\'', has(Feature.BACKSLASH_ESCAPES)));
        }
        if (c == '"') {
            return code(i, Quoted.skip(s, i, '"', has(Feature.BACKSLASH_ESCAPES)));
        }
        if (c == '`' && has(Feature.BACKTICK_IDENTIFIERS)) {
            return code(i, Quoted.skip(s, i, '`', false));
        }
        if (c == '[' && has(Feature.BRACKET_IDENTIFIERS)) {
            int close = s.indexOf(']', i + 1);
            return code(i, close < 0 ? n : close + 1);
        }
        if (c == '-' && next == '-' && dashCommentAt(i)) {
            return Quoted.endOfLine(s, i);
        }
        if (c == '#' && has(Feature.HASH_COMMENTS)) {
            return Quoted.endOfLine(s, i);
        }
        if (c == '/' && next == '*') {
            char third = i + 2 < n ? s.charAt(i + 2) : '\0';
            if (has(Feature.EXECUTABLE_COMMENTS) && (third == '!' || third == '+')) {
                return code(i, Quoted.blockComment(s, i, false));
            }
            return Quoted.blockComment(s, i, has(Feature.NESTED_BLOCK_COMMENTS));
        }
        if (c == '$' && has(Feature.DOLLAR_QUOTES)) {
            String tag = Quoted.dollarTag(s, i);
            if (tag != null) {
                int close = s.indexOf(tag, i + tag.length());
                return code(i, close < 0 ? n : close + tag.length());
            }
        }
        if (Character.isLetter(c) || c == '_') {
            if (codeStart < 0 && has(Feature.DELIMITER_COMMAND)) {
                int after = delimiterCommand(i);
                if (after > i) {
                    return after;
                }
            }
            if ((c == 'E' || c == 'e') && next == '\'' && has(Feature.ESCAPE_STRINGS)) {
                return code(i, Quoted.skip(s, i + 1, '\'', true));
            }
            int end = i + 1;
            // A delimiter ends a word even when made of word characters ("x$$" with DELIMITER $$), as in mysql.
            while (end < n && Quoted.namePart(s.charAt(end)) && !s.startsWith(delimiter, end)) {
                end++;
            }
            word(s.substring(i, end).toUpperCase(Locale.ROOT));
            return code(i, end);
        }
        return code(i, i + 1);
    }

    private boolean dashCommentAt(int i) {
        if (!has(Feature.DASH_COMMENTS_NEED_SPACE)) {
            return true;
        }
        return i + 2 >= n || Character.isWhitespace(s.charAt(i + 2)) || Character.isISOControl(s.charAt(i + 2));
    }

    /**
     * A {@code DELIMITER xx} line where a statement may start: sets the delimiter and returns the end of the
     * line, or returns {@code i} when this is no such line.
     */
    private int delimiterCommand(int i) {
        int end = i + "DELIMITER".length();
        if (end >= n || !s.regionMatches(true, i, "DELIMITER", 0, "DELIMITER".length())
                || (s.charAt(end) != ' ' && s.charAt(end) != '\t')) {
            return i;
        }
        int eol = Quoted.endOfLine(s, i);
        String argument = s.substring(end, eol).strip();
        int space = indexOfWhitespace(argument);
        String value = space < 0 ? argument : argument.substring(0, space);
        if (value.isEmpty()) {
            return i;
        }
        delimiter = value;
        return eol;
    }

    private static int indexOfWhitespace(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isWhitespace(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Follows the words that open and close a routine's body, where the delimiter does not split. */
    private void word(String word) {
        if (has(Feature.TRIGGER_BODIES)) {
            // CREATE [TEMP | TEMPORARY] TRIGGER [IF NOT EXISTS]: TRIGGER comes second or third.
            if (words > 0 && words <= 2 && word.equals("TRIGGER") && firstWord.equals("CREATE")) {
                trigger = true;
            }
            if (trigger && word.equals("BEGIN")) {
                depth++;
            }
        }
        if (has(Feature.ATOMIC_BODIES) && word.equals("ATOMIC") && previousWord.equals("BEGIN")) {
            depth++;
        }
        if (depth > 0 && word.equals("CASE")) {
            depth++;
        } else if (depth > 0 && word.equals("END")) {
            depth--;
        }
        if (words == 0) {
            firstWord = word;
        }
        previousWord = word;
        words++;
    }

    /** Marks {@code [from, to)} as code of the current statement and returns {@code to}. */
    private int code(int from, int to) {
        if (codeStart < 0) {
            codeStart = from;
        }
        codeEnd = to;
        return to;
    }

    private void endStatement() {
        if (codeStart >= 0) {
            statements.add(new ScriptStatement(s.substring(codeStart, codeEnd), codeStart, lines.lineOf(codeStart)));
        }
        codeStart = -1;
        words = 0;
        trigger = false;
        depth = 0;
        previousWord = "";
        firstWord = "";
    }

    private boolean has(Feature feature) {
        return features.contains(feature);
    }
}
