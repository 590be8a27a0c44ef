package velocity.dialect.mysql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.IndexInfo.IndexColumn;
import velocity.core.metadata.PrimaryKeyInfo;
import velocity.core.spi.SqlSession;

/**
 * Reads indexes with one {@code STATISTICS} query (Connector/J's {@code getIndexInfo} takes one table per
 * call), and from them the primary keys and the row estimates.
 */
final class IndexReader {

    /** MySQL and MariaDB name every primary key this, and no other index may take the name. */
    static final String PRIMARY = "PRIMARY";
    /** {@code COLLATION} is {@code A}, {@code D} (MySQL 8, MariaDB 10.8+) or NULL when not sorted (HASH). */
    private static final String DESCENDING = "D";

    /** The indexes of the tables read, by exact table name. */
    record Indexes(Map<String, List<IndexInfo>> byTable, Map<String, Long> primaryCardinality) {

        /** The table's indexes in name order. */
        List<IndexInfo> of(String table) {
            return byTable.getOrDefault(table, List.of());
        }

        /** The primary key: the columns of the index named PRIMARY, in key order. */
        PrimaryKeyInfo primaryKey(String table) {
            return of(table).stream().filter(IndexInfo::primary).findFirst()
                    .map(pk -> new PrimaryKeyInfo(PRIMARY, pk.columns().stream().map(IndexColumn::name).toList()))
                    .orElse(null);
        }

        /**
         * The primary key's cardinality: the engine's row estimate, the figure {@code TABLE_ROWS} shows too
         * (a unique key has as many values as rows), or -1 for a table without primary key or a view.
         */
        long rowEstimate(String table) {
            return primaryCardinality.getOrDefault(table, -1L);
        }
    }

    private final CatalogQuery query;

    IndexReader(ServerFlavor flavor) {
        this.query = flavor.hasIndexExpressions() ? CatalogSql.INDEXES_WITH_EXPRESSIONS : CatalogSql.INDEXES;
    }

    Indexes read(SqlSession session, String schema, String table) throws SQLException {
        Map<String, Map<String, IndexBuilder>> byTable = new HashMap<>();
        Map<String, Long> primaryCardinality = new HashMap<>();
        try (PreparedStatement statement = query.prepare(session, schema, table);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                if (!schema.equals(rs.getString("TABLE_SCHEMA"))) {
                    continue;
                }
                String tableName = rs.getString("TABLE_NAME");
                String indexName = rs.getString("INDEX_NAME");
                Map<String, IndexBuilder> ofTable = byTable.computeIfAbsent(tableName, k -> new HashMap<>());
                IndexBuilder index = ofTable.get(indexName);
                if (index == null) {
                    index = new IndexBuilder(indexName, rs.getInt("NON_UNIQUE") == 0);
                    ofTable.put(indexName, index);
                }
                index.add(rs);
                long cardinality = rs.getLong("CARDINALITY");
                if (index.primary() && !rs.wasNull()) {
                    // Each part counts the distinct prefixes so far; the whole key's count is the largest.
                    primaryCardinality.merge(tableName, cardinality, Math::max);
                }
            }
        }
        Map<String, List<IndexInfo>> indexes = new HashMap<>();
        byTable.forEach((tableName, builders) -> indexes.put(tableName, builders.values().stream()
                .sorted(Comparator.comparing(IndexBuilder::name, CatalogText.NAME_ORDER)).map(IndexBuilder::build).toList()));
        return new Indexes(indexes, primaryCardinality);
    }

    /** The rows of one index, sorted here rather than by the server. */
    private static final class IndexBuilder {
        private final String name;
        private final boolean unique;
        private final List<Part> parts = new ArrayList<>();

        IndexBuilder(String name, boolean unique) {
            this.name = name;
            this.unique = unique;
        }

        String name() {
            return name;
        }

        boolean primary() {
            return PRIMARY.equals(name);
        }

        void add(ResultSet rs) throws SQLException {
            String column = rs.getString("COLUMN_NAME");
            parts.add(new Part(rs.getInt("SEQ_IN_INDEX"), column != null ? column : rs.getString("EXPRESSION"),
                    DESCENDING.equals(rs.getString("COLLATION"))));
        }

        IndexInfo build() {
            return new IndexInfo(name, unique, primary(), parts.stream().sorted(Comparator.comparingInt(Part::seq))
                    .map(p -> new IndexColumn(p.name(), p.descending())).toList());
        }
    }

    /** One row of {@code STATISTICS}: a part of an index. */
    private record Part(int seq, String name, boolean descending) {
    }
}
