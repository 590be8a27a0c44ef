package velocity.core.tests.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import velocity.core.query.ScriptStatement;

/**
 * Properties of the dialects' splitters: scripts made of random statements (with delimiters hidden in
 * strings, identifiers, comments and dollar quotes) and random separators split into exactly those
 * statements, at their offsets; any text at all splits into ordered, non-overlapping pieces of itself.
 */
class StatementSplitterPropertyTest {

    @Property(tries = 400)
    void generatedScriptsSplitIntoTheirStatements(@ForAll("scripts") GeneratedScript script) {
        List<ScriptStatement> split = Splitters.of(script.dialect()).split(script.text());
        assertEquals(script.expected(), split, () -> script.dialect() + " script:\n" + script.text());
    }

    @Property(tries = 400)
    void anyTextSplitsIntoOrderedPiecesOfItself(@ForAll("dialects") String dialect, @ForAll("noise") String text) {
        int previousEnd = 0;
        for (ScriptStatement s : Splitters.of(dialect).split(text)) {
            assertTrue(s.offset() >= previousEnd, "overlap at " + s.offset());
            assertEquals(text.substring(s.offset(), s.end()), s.text());
            assertFalse(Character.isWhitespace(s.text().charAt(0)));
            if (s.end() < text.length()) {
                // Only an unterminated quote or comment, which runs to the end, may end in white space.
                assertFalse(Character.isWhitespace(s.text().charAt(s.text().length() - 1)), s.text());
            }
            assertEquals(GeneratedScript.lineOf(text, s.offset()), s.line());
            previousEnd = s.end();
        }
    }

    @Provide
    Arbitrary<String> dialects() {
        return Arbitraries.of("postgresql", "mysql", "sqlite");
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.strings().withChars("ab1 ;;'\"`[]$-#/*\\\n\r\t").ofMaxLength(60);
    }

    @Provide
    Arbitrary<GeneratedScript> scripts() {
        return dialects().flatMap(dialect -> {
            Arbitrary<String> statement = statements(dialect);
            Arbitrary<String> separator = Arbitraries.of(Fragments.separators(dialect));
            Arbitrary<String> delimiter = dialect.equals("mysql") ? Arbitraries.of(";", ";", "$$", "//") : Arbitraries.just(";");
            Arbitrary<GeneratedScript.Part> part = Combinators.combine(separator, statement, delimiter)
                    .as(GeneratedScript.Part::new);
            return Combinators.combine(part.list().ofMinSize(1).ofMaxSize(6), separator, Arbitraries.of(true, false))
                    .as((parts, trailer, lastDelimited) -> GeneratedScript.build(dialect, parts, trailer, lastDelimited));
        });
    }

    private static Arbitrary<String> statements(String dialect) {
        Arbitrary<String> code = Arbitraries.of(Fragments.code(dialect));
        Arbitrary<String> inner = Arbitraries.oneOf(code, Arbitraries.of(Fragments.comments(dialect)));
        Arbitrary<String> composed = Combinators.combine(code, inner.list().ofMaxSize(4), code)
                .as((first, middle, last) -> String.join(" ", first, String.join(" ", middle), last).replace("  ", " "));
        List<String> whole = Fragments.wholeStatements(dialect);
        return whole.isEmpty() ? Arbitraries.oneOf(code, composed)
                : Arbitraries.frequencyOf(Tuple.of(3, code), Tuple.of(6, composed),
                        Tuple.of(1, Arbitraries.of(whole)));
    }
}
