package velocity.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.metadata.ForeignKeyInfo;
import velocity.core.metadata.IndexInfo;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.metadata.TableSchema;
import velocity.core.operations.CreateSampleDatabaseOperation;
import velocity.core.operations.ListTablesOperation;
import velocity.core.operations.ReadSchemaOperation;

/** What the sample database holds: one generation, read back through the SQLite dialect. */
class SampleDatabaseTest {

    static final List<String> TABLES = List.of("addresses", "categories", "customers", "employees", "order_items",
            "order_status_history", "orders", "payments", "products", "reviews", "suppliers");
    static final List<String> VIEWS = List.of("customer_order_totals", "monthly_revenue", "product_sales");

    @TempDir
    static Path dir;

    private static Velocity velocity;
    private static ConnectionSettings settings;
    private static ActiveConnection sample;
    private static long announced;
    private static final AtomicLong worked = new AtomicLong();
    private static long millis;

    @BeforeAll
    static void generate() throws VelocityException {
        velocity = TestVelocity.open(dir.resolve("home"));
        Monitor monitor = Monitor.create(new Monitor.ProgressListener() {
            @Override
            public void task(String name, long totalWork) {
                announced = totalWork;
            }

            @Override
            public void worked(long units) {
                worked.addAndGet(units);
            }
        });
        long start = System.nanoTime();
        settings = new CreateSampleDatabaseOperation(velocity.manager(), dir.resolve("new folder/shop.db")).run(monitor);
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("The sample database took " + millis + " ms.");
        sample = velocity.manager().connect(settings, null, Monitor.create());
    }

    @AfterAll
    static void close() {
        velocity.close();
    }

    @Test
    void isAFileOfItsOwnWithTheSampleConnectionsSettings() throws Exception {
        Path file = dir.resolve("new folder/shop.db");
        assertEquals("Sample (SQLite)", settings.name());
        assertEquals("sqlite", settings.dialect());
        assertEquals(file.toAbsolutePath().toString(), settings.database());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of("shop.db"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary or journal file is left");
        }
        assertTrue(worked.get() > 0 && worked.get() == announced, worked + " of " + announced + " units reported");
        assertTrue(millis < 30_000, millis + " ms");
    }

    @Test
    void hasElevenTablesThreeViewsKeysAndIndexes() throws Exception {
        List<TableInfo> listed = new ListTablesOperation(sample, null).run(Monitor.create());
        assertEquals(TABLES, listed.stream().filter(t -> t.kind() == TableKind.TABLE).map(TableInfo::name).toList());
        assertEquals(VIEWS, listed.stream().filter(t -> t.kind() == TableKind.VIEW).map(TableInfo::name).toList());
        TableInfo customers = listed.stream().filter(t -> t.name().equals("customers")).findFirst().orElseThrow();
        assertEquals(3_000, customers.rowEstimate(), "ANALYZE ran: the catalog knows the row counts");

        Map<String, TableSchema> schema = new ReadSchemaOperation(sample, null).run(Monitor.create());
        for (String table : TABLES) {
            assertNotNull(schema.get(table).primaryKey(), table + " has a primary key");
        }
        assertEquals(List.of("order_id", "line_no"), schema.get("order_items").primaryKey().columns());
        assertEquals(14, schema.values().stream().mapToInt(t -> t.foreignKeys().size()).sum());
        ForeignKeyInfo parent = schema.get("categories").foreignKeys().get(0);
        assertEquals("categories", parent.referencedTable(), "categories form a tree");
        assertEquals("SET NULL", parent.onDelete());
        List<String> orderIndexes = schema.get("orders").indexes().stream().map(IndexInfo::name).toList();
        assertTrue(orderIndexes.containsAll(List.of("orders_customer_idx", "orders_ordered_at_idx", "orders_open_idx")),
                orderIndexes.toString());
        assertEquals(13, Queries.number(sample, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"));
        assertEquals(List.of("orders_status_change"), Queries.rows(sample,
                "SELECT name FROM sqlite_schema WHERE type = 'trigger'").stream().map(r -> (String) r[0]).toList());
    }

    @Test
    void holdsTensOfThousandsOfConsistentRows() throws Exception {
        Map<String, Long> exact = Map.of("categories", 18L, "suppliers", 40L, "employees", 24L, "products", 600L,
                "customers", 3_000L, "orders", 10_000L, "reviews", 4_000L);
        long total = 0;
        for (String table : TABLES) {
            long count = Queries.number(sample, "SELECT COUNT(*) FROM " + table);
            if (exact.containsKey(table)) {
                assertEquals(exact.get(table), count, table);
            } else {
                assertTrue(count > 3_000, table + ": " + count);
            }
            total += count;
        }
        assertTrue(total > 50_000 && total < 150_000, total + " rows");
        assertEquals(List.of(), Queries.rows(sample, "PRAGMA foreign_key_check"), "every foreign key finds its row");
        assertEquals(0, Queries.number(sample, "SELECT COUNT(*) FROM orders o WHERE abs(o.total - (SELECT "
                + "SUM(i.quantity * i.unit_price * (1 - i.discount)) FROM order_items i WHERE i.order_id = o.id)) > 0.01"),
                "an order's total is the sum of its lines");
        assertEquals(0, Queries.number(sample, "SELECT COUNT(*) FROM orders WHERE shipped_at < ordered_at"));
        assertEquals(10_000, Queries.number(sample, "SELECT SUM(orders) FROM monthly_revenue")
                + Queries.number(sample, "SELECT COUNT(*) FROM orders WHERE status IN ('cancelled', 'returned')"));
    }

    @Test
    void mixesTypesNullsLongTextAndImages() throws Exception {
        assertEquals(List.of("blob", "null"), distinctTypes("thumbnail", "products"));
        assertEquals(List.of("null", "real"), distinctTypes("weight_kg", "products"));
        assertEquals(List.of("integer", "real"), distinctTypes("price", "products"), "decimals by their value");
        assertEquals(List.of("text"), distinctTypes("sku", "products"));
        assertEquals(List.of("integer"), distinctTypes("discontinued", "products"));
        byte[] png = (byte[]) Queries.rows(sample, "SELECT thumbnail FROM products WHERE thumbnail IS NOT NULL LIMIT 1")
                .get(0)[0];
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, Arrays.copyOf(png, 4));
        assertTrue(Queries.number(sample, "SELECT MAX(length(description)) FROM products") > 1_000, "long text");
        assertTrue(Queries.number(sample, "SELECT MAX(length(body)) FROM reviews") > 1_000, "long text");
        assertTrue(Queries.number(sample, "SELECT COUNT(*) FROM customers WHERE phone IS NULL") > 0);
        assertTrue(Queries.number(sample, "SELECT COUNT(*) FROM reviews WHERE customer_id IS NULL") > 0);
        assertEquals(0, Queries.number(sample, "SELECT COUNT(*) FROM orders WHERE ordered_at NOT GLOB "
                + "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'"), "ISO timestamps");
        assertEquals(0, Queries.number(sample, "SELECT COUNT(*) FROM customers WHERE birth_date IS NOT NULL"
                + " AND date(birth_date) IS NOT birth_date"), "ISO dates");
        assertEquals(List.of(0L, 1L), Queries.rows(sample, "SELECT DISTINCT newsletter FROM customers ORDER BY 1")
                .stream().map(r -> ((Number) r[0]).longValue()).toList(), "booleans are 0 and 1");
    }

    @Test
    void theTriggerRecordsStatusChanges() throws Exception {
        Path copy = dir.resolve("trigger.db");
        Files.copy(Path.of(settings.database()), copy);
        ConnectionSettings copySettings = settings.toBuilder().name("trigger copy").database(copy.toString()).build();
        ActiveConnection db = velocity.manager().connect(copySettings, null, Monitor.create());
        long id = Queries.number(db, "SELECT MIN(id) FROM orders WHERE status = 'delivered'");
        long before = Queries.number(db, "SELECT COUNT(*) FROM order_status_history WHERE order_id = " + id);
        assertEquals(1, Queries.update(db, "UPDATE orders SET status = 'returned' WHERE id = " + id));
        assertEquals(1, Queries.update(db, "UPDATE orders SET status = 'returned', note = 'again' WHERE id = " + id));
        List<Object[]> history = Queries.rows(db, "SELECT old_status, new_status FROM order_status_history"
                + " WHERE order_id = " + id + " ORDER BY id");
        assertEquals(before + 1, history.size(), "one change, recorded once");
        assertArrayEquals(new Object[] { "delivered", "returned" }, history.get(history.size() - 1));
    }

    @Test
    void isTheSameEveryTime() throws Exception {
        ConnectionSettings again = new CreateSampleDatabaseOperation(velocity.manager(), dir.resolve("again.db"))
                .run(Monitor.create());
        ActiveConnection other = velocity.manager().connect(again.toBuilder().name("again").build(), null,
                Monitor.create());
        for (String sql : List.of("SELECT group_concat(email, ',') FROM (SELECT email FROM customers ORDER BY id)",
                "SELECT SUM(total) || ' ' || MAX(ordered_at) FROM orders",
                "SELECT COUNT(*) || ' ' || SUM(quantity) || ' ' || SUM(product_id) FROM order_items",
                "SELECT SUM(length(body)) || ' ' || SUM(rating) FROM reviews",
                "SELECT group_concat(hex(thumbnail), '') FROM (SELECT thumbnail FROM products ORDER BY id LIMIT 5)")) {
            assertEquals(Queries.text(sample, sql), Queries.text(other, sql), sql);
        }
    }

    private static List<String> distinctTypes(String column, String table) throws VelocityException {
        return Queries.rows(sample, "SELECT DISTINCT typeof(" + column + ") FROM " + table + " ORDER BY 1").stream()
                .map(r -> (String) r[0]).toList();
    }
}
