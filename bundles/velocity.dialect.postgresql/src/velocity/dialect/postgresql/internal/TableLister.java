package velocity.dialect.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.spi.SqlSession;

/**
 * Lists the relations of a schema that hold or show rows, with their comments and the planner's row
 * estimate: {@code pg_class.reltuples} costs nothing to read, where {@code count(*)} scans the table. The
 * kinds listed are tables, views, materialized views, foreign tables and partitioned tables.
 */
final class TableLister {

    private static final String SQL = """
            SELECT c.relname, c.relkind, c.reltuples, d.description
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid
                AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objsubid = 0
            WHERE n.nspname = ? AND c.relkind IN ('r', 'v', 'm', 'f', 'p') /*table*/
            ORDER BY c.relname""";

    /** The listed relations of the scope, ordered by name. */
    List<TableInfo> list(SqlSession session, RelationScope scope) throws SQLException {
        List<TableInfo> tables = new ArrayList<>();
        try (PreparedStatement statement = scope.prepare(session, SQL); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                char kind = rs.getString(2).charAt(0);
                tables.add(new TableInfo(scope.schema(), rs.getString(1), kind(kind), rs.getString(4),
                        rowEstimate(kind, rs.getDouble(3))));
            }
        }
        return tables;
    }

    private static TableKind kind(char relkind) {
        return switch (relkind) {
            case 'v' -> TableKind.VIEW;
            case 'm' -> TableKind.MATERIALIZED_VIEW;
            case 'f' -> TableKind.FOREIGN_TABLE;
            case 'p' -> TableKind.PARTITIONED_TABLE;
            default -> TableKind.TABLE;
        };
    }

    /** Since PostgreSQL 14, -1 means never vacuumed or analyzed; a view never has an estimate of its own. */
    private static long rowEstimate(char relkind, double reltuples) {
        return relkind == 'v' || reltuples < 0 ? -1 : Math.round(reltuples);
    }
}
