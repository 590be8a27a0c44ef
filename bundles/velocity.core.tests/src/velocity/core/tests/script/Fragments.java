package velocity.core.tests.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Pieces of SQL to build scripts from, per dialect: many of them hide a {@code ;} (or a {@code $$} or
 * {@code //}, MySQL's other delimiters here) where a splitter must not see it.
 */
final class Fragments {

    private Fragments() {
    }

    /** Tokens a statement can start and end with. */
    static List<String> code(String dialect) {
        List<String> code = new ArrayList<>(List.of("select 1", "x", "from t", "'a;b'", "'it''s; ok'", "\"odd;name\"",
                "\"q\"\"x;\"", "(1, 2)", "a.b", "+", "12.5", "'--;'", "'/* ;'", "where a = 'x'", "''",
                "case when a then ';' end"));
        switch (dialect) {
            case "postgresql" -> code.addAll(List.of("$$ a; 'b' $$", "$f$ x;$$; $f$", "$1", "a$b", "x # y",
                    "begin atomic select 1; select ';'; end", "E'\\\\'", "e'\\';'"));
            case "mysql" -> code.addAll(List.of("'a\\';b'", "\"c\\\";d\"", "`x;y`", "`x``;//`", "1--1",
                    "/*!40101 SET x = 1; */", "'$$ //'", "'\\\\'"));
            case "sqlite" -> code.addAll(List.of("[a;b]", "`x;y`", "`x``;`"));
            default -> throw new IllegalArgumentException(dialect);
        }
        return code;
    }

    /** Comments that can sit between a statement's tokens. */
    static List<String> comments(String dialect) {
        List<String> comments = new ArrayList<>(List.of("/* c; */", "-- c;\n", "-- c;\r\n", "/**/", "/* ' */"));
        switch (dialect) {
            case "postgresql" -> comments.add("/* a /* b; */ c; */");
            case "mysql" -> comments.addAll(List.of("# h;\n", "# ' \n"));
            default -> {
            }
        }
        return comments;
    }

    /** Statements that only make sense whole. */
    static List<String> wholeStatements(String dialect) {
        if (dialect.equals("sqlite")) {
            return List.of("CREATE TRIGGER tr AFTER INSERT ON t BEGIN insert into u values (';'); delete from v; END",
                    "create temp trigger t2 before delete on a begin select case when 1 then ';' end; end");
        }
        return List.of();
    }

    /**
     * What goes between statements; {@code %d} is the delimiter in force, for empty chunks. Each ends
     * where a statement may start.
     */
    static List<String> separators(String dialect) {
        List<String> separators = new ArrayList<>(List.of("", " ", "\n", "\r\n", "\t", " -- after;\n", "/* between; */",
                "\n%d\n", " %d ", "-- x\r\n\r\n"));
        if (dialect.equals("mysql")) {
            separators.add("# hash;\n");
        }
        return separators;
    }
}
