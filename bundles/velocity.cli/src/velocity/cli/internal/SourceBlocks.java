package velocity.cli.internal;

import java.io.PrintStream;

/**
 * Long SQL text (a view's definition, a routine's source) in the table format: a table cell would fold it onto
 * one line, so each object gets a header line and its text as it is, then a blank line.
 */
final class SourceBlocks {

    private final PrintStream out;

    SourceBlocks(PrintStream out) {
        this.out = out;
    }

    /** @param text the text, or {@code null} when the database gives none */
    void block(String header, String text) {
        out.println("-- " + header);
        out.println(text == null ? "-- (the database gives no source for it)" : text.strip());
        out.println();
    }
}
