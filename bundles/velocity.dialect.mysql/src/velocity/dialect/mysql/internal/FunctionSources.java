package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.FunctionKind;
import velocity.core.spi.SqlSession;

/**
 * The source of routines. One routine: {@code SHOW CREATE FUNCTION|PROCEDURE}, the statement exactly as the
 * server keeps it. A whole schema: the body from {@code information_schema.ROUTINES} under a {@code CREATE} line
 * made from the listed signature, in two queries whatever the number of routines (SHOW CREATE is one statement
 * per routine). A body the user may not see ({@code ROUTINE_DEFINITION} null) is left out.
 */
final class FunctionSources {

    private static final String BODIES = "SELECT ROUTINE_SCHEMA, ROUTINE_TYPE, ROUTINE_NAME, ROUTINE_DEFINITION"
            + " FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')";

    private final FunctionReader functions;

    FunctionSources(FunctionReader functions) {
        this.functions = functions;
    }

    Map<String, String> read(SqlSession session, String schema, FunctionInfo only) throws SQLException {
        return only == null ? all(session, schema) : one(session, schema, only);
    }

    private static Map<String, String> one(SqlSession session, String schema, FunctionInfo routine) throws SQLException {
        String type = routine.kind() == FunctionKind.PROCEDURE ? "PROCEDURE" : "FUNCTION";
        String sql = "SHOW CREATE " + type + " " + MySqlSyntax.INSTANCE.qualify(schema, routine.name());
        try (PreparedStatement statement = session.prepare(sql); ResultSet rs = statement.executeQuery()) {
            String source = rs.next() ? rs.getString(3) : null;
            return source == null ? Map.of() : Map.of(routine.signature(), source);
        }
    }

    private Map<String, String> all(SqlSession session, String schema) throws SQLException {
        Map<String, String> bodies = new HashMap<>();
        try (PreparedStatement statement = session.prepare(BODIES)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (schema.equals(rs.getString(1)) && rs.getString(4) != null) {
                        bodies.put(rs.getString(2).toUpperCase(java.util.Locale.ROOT) + " " + rs.getString(3), rs.getString(4));
                    }
                }
            }
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (FunctionInfo f : functions.read(session, schema)) {
            String type = f.kind() == FunctionKind.PROCEDURE ? "PROCEDURE" : "FUNCTION";
            String body = bodies.get(type + " " + f.name());
            if (body != null) {
                sources.put(f.signature(), "CREATE " + type + " " + MySqlSyntax.INSTANCE.quote(f.name()) + "("
                        + f.arguments() + ")" + (f.returnType() == null ? "" : " RETURNS " + f.returnType()) + "\n" + body);
            }
        }
        return sources;
    }
}
