package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.FunctionKind;
import velocity.core.spi.SqlSession;

/**
 * Lists a schema's routines from {@code pg_proc} in one query. The signatures are the server's own text
 * ({@code pg_get_function_identity_arguments}, {@code pg_get_function_result}), so they read as in
 * {@code \df} and tell overloads apart exactly as the server does. {@code prokind} needs PostgreSQL 11.
 */
final class FunctionLister {

    private static final String SQL = """
            SELECT p.proname, p.prokind, pg_catalog.pg_get_function_identity_arguments(p.oid) AS arguments,
                pg_catalog.pg_get_function_result(p.oid), l.lanname, d.description
            FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            LEFT JOIN pg_catalog.pg_language l ON l.oid = p.prolang
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = p.oid
                AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objsubid = 0
            WHERE n.nspname = ?
            ORDER BY p.proname, arguments""";

    List<FunctionInfo> list(SqlSession session, String schema) throws SQLException {
        List<FunctionInfo> functions = new ArrayList<>();
        try (PreparedStatement statement = CatalogStatements.prepare(session, SQL)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    FunctionKind kind = kind(rs.getString(2).charAt(0));
                    functions.add(new FunctionInfo(schema, rs.getString(1), kind, rs.getString(3),
                            kind == FunctionKind.PROCEDURE ? null : rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return functions;
    }

    private static FunctionKind kind(char prokind) {
        return switch (prokind) {
            case 'p' -> FunctionKind.PROCEDURE;
            case 'a' -> FunctionKind.AGGREGATE;
            case 'w' -> FunctionKind.WINDOW;
            default -> FunctionKind.FUNCTION;
        };
    }
}
