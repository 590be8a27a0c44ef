package velocity.core.tests;

import velocity.tests.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.DatabaseInfo;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.metadata.TableRef;
import velocity.core.metadata.TableSchema;
import velocity.core.operations.GetTableSchemaOperation;
import velocity.core.operations.ListDatabasesOperation;
import velocity.core.operations.ListTablesOperation;
import velocity.core.operations.ReadSchemaOperation;

/** Names that need quoting everywhere: spaces, mixed case, a quote, a reserved word, non-ASCII letters. */
class MetadataTest {

    static final String PARENT = "Customers";
    static final String CHILD = "Order Items";
    static final String QUOTE = "quo\"te";
    static final String RESERVED = "select";
    static final String UNICODE = "Ünïcødé";

    @TempDir
    Path dir;

    static void createObjects(Sandbox s) throws VelocityException {
        TestDatabase db = s.database();
        String id = switch (db) {
            case POSTGRESQL -> "id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
            case MYSQL -> "id INT AUTO_INCREMENT PRIMARY KEY";
            case SQLITE -> "id INTEGER PRIMARY KEY";
        };
        String tableComment = db == TestDatabase.MYSQL ? " COMMENT 'people who buy'" : "";
        String columnComment = db == TestDatabase.MYSQL ? " COMMENT 'shown name'" : "";
        String total = db == TestDatabase.MYSQL ? "total INT AS (qty * 2) STORED" : "total INTEGER GENERATED ALWAYS AS (qty * 2) STORED";
        String text = db == TestDatabase.MYSQL ? "VARCHAR(200)" : "TEXT";
        // SQLite wants references inside a schema unqualified.
        java.util.function.UnaryOperator<String> ref = n -> db == TestDatabase.SQLITE ? s.quote(n) : s.table(n);
        s.execute("CREATE TABLE " + s.table(PARENT) + " (" + id + ", name VARCHAR(40) NOT NULL DEFAULT 'anon'" + columnComment
                + ", " + s.quote(RESERVED) + " " + text + ", " + s.quote(UNICODE) + " NUMERIC(10,2), " + s.quote(QUOTE)
                + " BOOLEAN)" + tableComment,
                "CREATE TABLE " + s.table(CHILD) + " (order_id INT NOT NULL, line_no INT NOT NULL, customer_id INT NOT NULL, "
                        + "qty INT, " + total + ", PRIMARY KEY (order_id, line_no), CONSTRAINT fk_customer FOREIGN KEY "
                        + "(customer_id) REFERENCES " + ref.apply(PARENT) + " (id) ON DELETE CASCADE ON UPDATE RESTRICT)",
                "CREATE UNIQUE INDEX " + (db == TestDatabase.SQLITE ? s.table("ix Mixed") : s.quote("ix Mixed")) + " ON "
                        + ref.apply(CHILD) + " (customer_id, qty DESC)",
                "CREATE VIEW " + s.table("Big Customers") + " AS SELECT id, name FROM " + ref.apply(PARENT) + " WHERE id > 10");
        if (db == TestDatabase.POSTGRESQL) {
            s.execute("COMMENT ON TABLE " + s.table(PARENT) + " IS 'people who buy'",
                    "COMMENT ON COLUMN " + s.table(PARENT) + ".name IS 'shown name'");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsTheSandboxAmongTheDatabasesAndSchemas(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            List<DatabaseInfo> databases = new ListDatabasesOperation(s.connection()).run(Monitor.create());
            assertTrue(databases.stream().anyMatch(d -> d.schemas().contains(s.schema())), databases.toString());
            assertEquals(1, databases.stream().filter(DatabaseInfo::current).count(), databases.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void listsTablesAndViewsWithKindsAndComments(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            createObjects(s);
            List<TableInfo> tables = new ListTablesOperation(s.connection(), s.schema()).run(Monitor.create());
            assertEquals(List.of("Big Customers", PARENT, CHILD), tables.stream().map(TableInfo::name).sorted().toList());
            TableInfo parent = tables.stream().filter(t -> t.name().equals(PARENT)).findFirst().orElseThrow();
            assertEquals(TableKind.TABLE, parent.kind());
            assertEquals(s.schema(), parent.schema());
            assertEquals(TableKind.VIEW, tables.stream().filter(t -> t.name().equals("Big Customers")).findFirst()
                    .orElseThrow().kind());
            if (db != TestDatabase.SQLITE) {
                assertEquals("people who buy", parent.comment());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsColumnsKeysAndIndexes(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            createObjects(s);
            TableSchema parent = new GetTableSchemaOperation(s.connection(), new TableRef(s.schema(), PARENT))
                    .run(Monitor.create());
            assertEquals(List.of("id", "name", RESERVED, UNICODE, QUOTE), parent.columns().stream().map(ColumnInfo::name).toList());
            ColumnInfo id = parent.columns().get(0);
            assertTrue(id.autoIncrement(), id.toString());
            assertFalse(id.nullable());
            ColumnInfo name = parent.columns().get(1);
            assertFalse(name.nullable());
            assertTrue(name.defaultValue().contains("anon"), name.toString());
            assertEquals(40, name.length(), name.toString());
            assertEquals(Types.VARCHAR, name.jdbcType(), name.toString());
            if (db != TestDatabase.SQLITE) {
                assertEquals("shown name", name.comment());
            }
            ColumnInfo unicode = parent.columns().get(3);
            assertEquals(10, unicode.precision(), unicode.toString());
            assertEquals(2, unicode.scale(), unicode.toString());
            assertTrue(parent.columns().get(3).nullable());
            assertEquals(List.of("id"), parent.primaryKey().columns());

            TableSchema child = new GetTableSchemaOperation(s.connection(), new TableRef(s.schema(), CHILD)).run(Monitor.create());
            assertEquals(List.of("order_id", "line_no"), child.primaryKey().columns(), "key order, not column order");
            assertTrue(child.columns().stream().filter(c -> c.name().equals("total")).findFirst().orElseThrow().generated());
            assertEquals(1, child.foreignKeys().size());
            ForeignKeyInfo fk = child.foreignKeys().get(0);
            assertEquals(List.of("customer_id"), fk.columns());
            assertEquals(PARENT, fk.referencedTable());
            assertEquals(s.schema(), fk.referencedSchema());
            assertEquals(List.of("id"), fk.referencedColumns());
            assertEquals("CASCADE", fk.onDelete());
            assertEquals("RESTRICT", fk.onUpdate());
            IndexInfo index = child.indexes().stream().filter(i -> i.name().equals("ix Mixed")).findFirst().orElseThrow();
            assertTrue(index.unique());
            assertFalse(index.primary());
            assertEquals(List.of(new IndexInfo.IndexColumn("customer_id", false), new IndexInfo.IndexColumn("qty", true)),
                    index.columns());
            assertTrue(child.indexes().stream().anyMatch(IndexInfo::primary) || db == TestDatabase.SQLITE,
                    "the primary key's index is listed: " + child.indexes());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void readsAWholeSchemaInOneCall(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            createObjects(s);
            Map<String, TableSchema> all = new ReadSchemaOperation(s.connection(), s.schema()).run(Monitor.create());
            assertEquals(List.of("Big Customers", PARENT, CHILD), List.copyOf(all.keySet()));
            TableSchema view = all.get("Big Customers");
            assertEquals(TableKind.VIEW, view.table().kind());
            assertEquals(List.of("id", "name"), view.columns().stream().map(ColumnInfo::name).toList());
            assertNull(view.primaryKey());
            assertNotNull(all.get(CHILD).primaryKey());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnknownTableIsNamed(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir); Sandbox s = Sandbox.open(v, db, dir)) {
            VelocityException e = assertThrows(VelocityException.class, () -> new GetTableSchemaOperation(s.connection(),
                    new TableRef(s.schema(), "no such table")).run(Monitor.create()));
            assertEquals(ErrorKind.UNKNOWN_OBJECT, e.kind());
            assertTrue(e.getMessage().contains("no such table") && e.getMessage().contains(s.connection().name()),
                    e.getMessage());
        }
    }
}
