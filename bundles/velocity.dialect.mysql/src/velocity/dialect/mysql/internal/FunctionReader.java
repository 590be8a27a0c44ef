package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.FunctionKind;
import velocity.core.spi.SqlSession;

/**
 * Lists a schema's stored functions and procedures with two bulk queries, the routines and all their
 * parameters, matched here rather than joined in SQL (see {@link CatalogSql}). A function and a procedure
 * may share a name, so a routine is known by its type and name. The arguments read as in
 * {@code SHOW CREATE}: {@code a int(11)} for a function, {@code IN a int(11)} for a procedure, whose
 * parameters also pass values out.
 */
final class FunctionReader {

    private static final String PROCEDURE = "PROCEDURE";

    List<FunctionInfo> read(SqlSession session, String schema) throws SQLException {
        Map<RoutineId, TreeMap<Integer, String>> parameters = readParameters(session, schema);
        List<FunctionInfo> functions = new ArrayList<>();
        try (PreparedStatement statement = session.prepare(CatalogSql.ROUTINES)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (!schema.equals(rs.getString("ROUTINE_SCHEMA"))) {
                        continue;
                    }
                    String type = rs.getString("ROUTINE_TYPE");
                    boolean procedure = PROCEDURE.equalsIgnoreCase(type);
                    TreeMap<Integer, String> arguments = parameters.get(new RoutineId(type, rs.getString("SPECIFIC_NAME")));
                    functions.add(new FunctionInfo(schema, rs.getString("ROUTINE_NAME"),
                            procedure ? FunctionKind.PROCEDURE : FunctionKind.FUNCTION,
                            arguments == null ? "" : String.join(", ", arguments.values()),
                            procedure ? null : rs.getString("DTD_IDENTIFIER"), rs.getString("ROUTINE_BODY"),
                            CatalogText.emptyToNull(rs.getString("ROUTINE_COMMENT"))));
                }
            }
        }
        functions.sort(Comparator.comparing(FunctionInfo::name, CatalogText.NAME_ORDER)
                .thenComparing(FunctionInfo::kind).thenComparing(FunctionInfo::arguments));
        return functions;
    }

    /** Each routine's parameters as text, by position. */
    private static Map<RoutineId, TreeMap<Integer, String>> readParameters(SqlSession session, String schema)
            throws SQLException {
        Map<RoutineId, TreeMap<Integer, String>> parameters = new HashMap<>();
        try (PreparedStatement statement = session.prepare(CatalogSql.PARAMETERS)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    if (!schema.equals(rs.getString("SPECIFIC_SCHEMA"))) {
                        continue;
                    }
                    String type = rs.getString("ROUTINE_TYPE");
                    String text = rs.getString("PARAMETER_NAME") + " " + rs.getString("DTD_IDENTIFIER");
                    if (PROCEDURE.equalsIgnoreCase(type)) {
                        text = rs.getString("PARAMETER_MODE") + " " + text;
                    }
                    parameters.computeIfAbsent(new RoutineId(type, rs.getString("SPECIFIC_NAME")), k -> new TreeMap<>())
                            .put(rs.getInt("ORDINAL_POSITION"), text);
                }
            }
        }
        return parameters;
    }

    /** Routine names are unique per schema and type. */
    private record RoutineId(String type, String name) {
    }
}
