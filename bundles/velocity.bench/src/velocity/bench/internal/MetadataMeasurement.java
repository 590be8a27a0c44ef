package velocity.bench.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import velocity.core.ActiveConnection;
import velocity.core.Monitor;
import velocity.core.VelocityException;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableSchema;
import velocity.core.operations.ReadSchemaOperation;

/**
 * The complete structure of the 5,000-table schema: Velocity's ReadSchemaOperation (tables,
 * columns, keys and indexes in one operation)
 * against what DatabaseMetaData gives for the whole schema at once. A driver call that refuses a null table
 * name, or silently answers nothing for it, would need 5,000 per-table calls; it is left out of the baseline
 * and named in the notes, so the baseline may do less work than Velocity.
 */
final class MetadataMeasurement {

    /** One DatabaseMetaData call over the whole schema. */
    @FunctionalInterface
    private interface MetaCall {
        ResultSet open(DatabaseMetaData meta, String catalog, String schema) throws SQLException;
    }

    private record Call(String name, MetaCall call) {
    }

    private static final List<Call> CALLS = List.of(
            new Call("getTables", (m, c, s) -> m.getTables(c, s, "%", new String[] {"TABLE"})),
            new Call("getColumns", (m, c, s) -> m.getColumns(c, s, "%", "%")),
            new Call("getPrimaryKeys", (m, c, s) -> m.getPrimaryKeys(c, s, null)),
            new Call("getImportedKeys", (m, c, s) -> m.getImportedKeys(c, s, null)),
            new Call("getIndexInfo", (m, c, s) -> m.getIndexInfo(c, s, null, false, true)));

    private final Target target;
    private final ActiveConnection velocity;
    private final DataSource raw;
    private final int runs;
    private final Monitor monitor;

    MetadataMeasurement(Target target, ActiveConnection velocity, DataSource raw, int runs, Monitor monitor) {
        this.target = target;
        this.velocity = velocity;
        this.raw = raw;
        this.runs = runs;
        this.monitor = monitor;
    }

    Figure measure() throws VelocityException, SQLException {
        Samples v = new Samples(runs);
        Samples r = new Samples(runs);
        List<String> notes = new ArrayList<>();
        try (Connection c = raw.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            // Where the driver has schemas (pgjdbc) the schema is one; where it has only catalogs
            // (Connector/J by default) the MySQL database is a catalog; SQLite's file has neither.
            String schema = meta.supportsSchemasInTableDefinitions() ? target.metaSchema() : null;
            String catalog = schema == null && meta.supportsCatalogsInTableDefinitions() ? target.metaSchema() : null;
            notes.add(velocityCounts());
            List<Call> allowed = probe(meta, catalog, schema, notes);
            for (int run = 0; run < runs; run++) {
                monitor.checkCancelled("The benchmark");
                System.gc();
                long start = System.nanoTime();
                velocityRead();
                long middle = System.nanoTime();
                System.gc();
                long rawStart = System.nanoTime();
                for (Call call : allowed) {
                    count(call.call().open(meta, catalog, schema));
                }
                long end = System.nanoTime();
                v.add(start, middle);
                r.add(rawStart, end);
            }
        }
        return new Figure(target.id(), "metadata", "metadata, 5000 tables", v, r,
                Goal.underMillis(target.metadataGoalMs()), String.join("; ", notes));
    }

    /** Reads the schema once (the warm-up) and says what Velocity found. */
    private String velocityCounts() throws VelocityException {
        Read read = velocityRead();
        Map<String, TableSchema> schemas = read.schemas();
        long columns = schemas.values().stream().mapToLong(s -> s.columns().size()).sum();
        long keys = schemas.values().stream().filter(s -> s.primaryKey() != null).count();
        long foreign = schemas.values().stream().mapToLong(s -> s.foreignKeys().size()).sum();
        long indexes = schemas.values().stream().mapToLong(s -> s.indexes().size()).sum();
        return String.format(Locale.ROOT, "Velocity: %d tables, %d columns, %d PKs, %d FKs, %d indexes",
                read.tables().size(), columns, keys, foreign, indexes);
    }

    private record Read(List<TableInfo> tables, Map<String, TableSchema> schemas) {
    }

    /** One ReadSchemaOperation: each structure carries its table's kind, comment and row estimate too. */
    private Read velocityRead() throws VelocityException {
        Map<String, TableSchema> schemas = new ReadSchemaOperation(velocity, target.metaSchema()).run(monitor);
        return new Read(schemas.values().stream().map(TableSchema::table).toList(), schemas);
    }

    /** Runs every call once (the warm-up) and keeps those that answer for the whole schema. */
    private static List<Call> probe(DatabaseMetaData meta, String catalog, String schema, List<String> notes) {
        List<Call> allowed = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Call call : CALLS) {
            try {
                long rows = count(call.call().open(meta, catalog, schema));
                if (rows > 0) {
                    allowed.add(call);
                    counts.add(call.name() + " " + rows);
                } else {
                    notes.add(call.name() + " with a null table name returns no rows: not timed");
                }
            } catch (SQLException | RuntimeException e) {
                notes.add(call.name() + " refuses a null table name (" + firstLine(e.getMessage()) + "): not timed");
            }
        }
        notes.add(1, "baseline rows: " + String.join(", ", counts));
        return allowed;
    }

    private static long count(ResultSet rs) throws SQLException {
        try (rs) {
            long n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
