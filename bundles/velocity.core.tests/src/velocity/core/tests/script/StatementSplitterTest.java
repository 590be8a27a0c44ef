package velocity.core.tests.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import velocity.core.query.ScriptStatement;
import velocity.core.spi.StandardStatementSplitter;

/** The splitters of the three dialects and of standard SQL, construct by construct. */
class StatementSplitterTest {

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "mysql", "sqlite" })
    void delimitersInsideStringsIdentifiersAndCommentsDoNotSplit(String dialect) {
        String script = "select 'a;b', 'it''s;' from t;\n"
                + "select \"odd;name\" from t; -- note; not a statement\n"
                + "/* block; comment */ select 3;";
        assertEquals(List.of("select 'a;b', 'it''s;' from t", "select \"odd;name\" from t", "select 3"),
                Splitters.texts(dialect, script));
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "mysql", "sqlite" })
    void emptyAndCommentOnlyChunksAreDropped(String dialect) {
        assertEquals(List.of(), Splitters.texts(dialect, " ;;\n-- only a comment;\n ; /* and; another */ ;\n"));
        assertEquals(List.of("select 1", "select 2"), Splitters.texts(dialect, ";select 1;;\n;select 2;;"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "mysql", "sqlite" })
    void offsetsAndLinesPointAtTheStatementsWithCrlf(String dialect) {
        String script = "select 1;\r\n\r\n  -- second\r\n  select 2\r\n    from t;\r\nselect 3";
        List<ScriptStatement> statements = Splitters.of(dialect).split(script);
        assertEquals(List.of(new ScriptStatement("select 1", 0, 1),
                new ScriptStatement("select 2\r\n    from t", script.indexOf("select 2"), 4),
                new ScriptStatement("select 3", script.indexOf("select 3"), 6)), statements);
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "mysql", "sqlite" })
    void anUnterminatedQuoteOrCommentRunsToTheEnd(String dialect) {
        assertEquals(List.of("select 1", "select 'abc; select 2;"), Splitters.texts(dialect, "select 1; select 'abc; select 2;"));
        assertEquals(List.of("select 1", "select \"x; y"), Splitters.texts(dialect, "select 1; select \"x; y"));
        assertEquals(List.of("select 1"), Splitters.texts(dialect, "select 1; /* never closed; select 2;"));
        assertEquals(List.of("select 1", "select 2"), Splitters.texts(dialect, "select 1; select 2 -- the end; select 3"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "mysql", "sqlite" })
    void aStatementWithoutDelimiterEndsTheScript(String dialect) {
        assertEquals(List.of("select 1", "select 2\nfrom t"), Splitters.texts(dialect, "select 1;\nselect 2\nfrom t\n\n"));
    }

    @Test
    void postgresqlDollarQuotes() {
        String function = "create function f() returns int as $$ select 1; select ';' $$ language sql";
        String block = "do $body$ begin perform 1; raise notice '$$ ;'; end $body$";
        assertEquals(List.of(function, block, "select $1, a$b$c from t"),
                Splitters.texts("postgresql", function + ";\n" + block + ";\nselect $1, a$b$c from t;"));
        assertEquals(List.of("select $x$ unterminated; select 2;"), Splitters.texts("postgresql", "select $x$ unterminated; select 2;"));
    }

    @Test
    void postgresqlEscapeStringsTakeBackslashes() {
        assertEquals(List.of("select E'it\\'s; ok', 'a\\'", "select 2"),
                Splitters.texts("postgresql", "select E'it\\'s; ok', 'a\\'; select 2"));
    }

    @Test
    void postgresqlNestedBlockCommentsAndAtomicBodies() {
        assertEquals(List.of("select 1"), Splitters.texts("postgresql", "/* outer /* inner; */ still; */ select 1;"));
        String atomic = "create function g() returns int language sql begin atomic select 1; "
                + "select case when true then 2 end; end";
        assertEquals(List.of(atomic, "select g()"), Splitters.texts("postgresql", atomic + ";\nselect g();"));
        assertEquals(List.of("begin", "select 1", "commit"), Splitters.texts("postgresql", "begin; select 1; commit;"));
    }

    @Test
    void postgresqlHashIsAnOperatorAndBackticksAreNotQuotes() {
        assertEquals(List.of("select 5 # 3", "select '`'", "select 1"), Splitters.texts("postgresql", "select 5 # 3; select '`'; select 1"));
    }

    @Test
    void mysqlBackslashEscapesBackticksAndHashComments() {
        String script = "select 'a\\';b', \"c\\\";d\" from `odd;``name`; # a comment; still\nselect 2 -- dash comment; too\n;"
                + "select 1--1; select 3";
        assertEquals(List.of("select 'a\\';b', \"c\\\";d\" from `odd;``name`", "select 2", "select 1--1", "select 3"),
                Splitters.texts("mysql", script));
    }

    @Test
    void mysqlDelimiterAroundAProcedureBody() {
        String body = "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT ';';\nEND";
        String script = "DELIMITER $$\n" + body + "$$\nDELIMITER ;\nCALL p();\ndelimiter //\nselect 2//\n";
        List<ScriptStatement> statements = Splitters.of("mysql").split(script);
        assertEquals(List.of(new ScriptStatement(body, 13, 2), new ScriptStatement("CALL p()", script.indexOf("CALL"), 8),
                new ScriptStatement("select 2", script.indexOf("select 2"), 10)), statements);
    }

    @Test
    void mysqlExecutableCommentsAreStatements() {
        assertEquals(List.of("/*!40101 SET NAMES utf8mb4 */", "select 1"),
                Splitters.texts("mysql", "/*!40101 SET NAMES utf8mb4 */;\n/* plain; */ select 1;"));
    }

    @Test
    void sqliteTriggerBodies() {
        String trigger = "CREATE TRIGGER audit AFTER INSERT ON orders\nBEGIN\n  INSERT INTO log VALUES (new.id, ';');\n"
                + "  UPDATE totals SET n = CASE WHEN n IS NULL THEN 1 ELSE n + 1 END;\n  DELETE FROM queue;\nEND";
        String temporary = "create temp trigger if not exists t2 before delete on a when old.x = 1 begin select raise(abort, 'no'); end";
        assertEquals(List.of(trigger, temporary, "select [odd;name], `x;y` from t"),
                Splitters.texts("sqlite", trigger + ";\n" + temporary + ";\nselect [odd;name], `x;y` from t;"));
        assertEquals(List.of("begin", "select 1", "end"), Splitters.texts("sqlite", "begin; select 1; end;"));
    }

    @Test
    void standardSqlKnowsNoDialectFeatures() {
        assertEquals(List.of("select $$", "$$", "select `a", "b`"),
                Splitters.texts(StandardStatementSplitter.ANSI, "select $$;$$; select `a;b`"));
    }
}
