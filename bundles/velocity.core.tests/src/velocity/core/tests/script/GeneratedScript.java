package velocity.core.tests.script;

import java.util.ArrayList;
import java.util.List;

import velocity.core.query.ScriptStatement;

/**
 * A script built from statements and separators, with the statements a splitter must find in it.
 *
 * @param dialect the dialect it is written for
 * @param text the script
 * @param expected its statements, at their offsets and lines
 */
record GeneratedScript(String dialect, String text, List<ScriptStatement> expected) {

    /** A separator, then a statement and the delimiter to end it with (MySQL switches with DELIMITER). */
    record Part(String separator, String statement, String delimiter) {
    }

    static GeneratedScript build(String dialect, List<Part> parts, String trailer, boolean lastDelimited) {
        StringBuilder sb = new StringBuilder();
        List<ScriptStatement> expected = new ArrayList<>();
        String delimiter = ";";
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            sb.append(part.separator().replace("%d", delimiter));
            if (!part.delimiter().equals(delimiter)) {
                delimiter = part.delimiter();
                sb.append("\nDELIMITER ").append(delimiter).append('\n');
            }
            int offset = sb.length();
            sb.append(part.statement());
            expected.add(new ScriptStatement(part.statement(), offset, lineOf(sb, offset)));
            if (i < parts.size() - 1 || lastDelimited) {
                sb.append(delimiter);
            }
        }
        sb.append(trailer.replace("%d", delimiter));
        return new GeneratedScript(dialect, sb.toString(), expected);
    }

    /** The one-based line of an offset, counting {@code \n}, {@code \r\n} and a lone {@code \r}. */
    static int lineOf(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    @Override
    public String toString() {
        return dialect + ": " + text.replace("\n", "\\n").replace("\r", "\\r");
    }
}
