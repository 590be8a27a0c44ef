package velocity.core.tests.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.query.ScriptStatement;
import velocity.core.spi.StatementSplitter;
import velocity.core.tests.TestVelocity;

/** The splitters the dialect bundles configure, taken from the dialect registry as the core takes them. */
final class Splitters {

    private static final Map<String, StatementSplitter> BY_DIALECT = new ConcurrentHashMap<>();

    private Splitters() {
    }

    static StatementSplitter of(String dialect) {
        return BY_DIALECT.computeIfAbsent(dialect, Splitters::load);
    }

    private static StatementSplitter load(String dialect) {
        try {
            Path home = Files.createTempDirectory("velocity-splitters");
            try (Velocity velocity = TestVelocity.open(home)) {
                return velocity.dialects().get(dialect).dialect().scripts();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (VelocityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts of the statements. */
    static List<String> texts(String dialect, String script) {
        return texts(of(dialect), script);
    }

    static List<String> texts(StatementSplitter splitter, String script) {
        return splitter.split(script).stream().map(ScriptStatement::text).toList();
    }
}
