package velocity.core.internal.sample;

import java.util.List;

/**
 * The sample database's schema in SQLite's SQL: a small shop. The tables come first; indexes, views and the
 * trigger are created once the rows are in, which is faster than keeping the indexes up to date row by row
 * and keeps the generated order history from firing the trigger.
 */
final class SampleSchema {

    static final List<String> TABLES = List.of("""
            CREATE TABLE categories (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER REFERENCES categories (id) ON DELETE SET NULL,
                name VARCHAR(60) NOT NULL UNIQUE,
                description TEXT
            )""", """
            CREATE TABLE suppliers (
                id INTEGER PRIMARY KEY,
                name VARCHAR(100) NOT NULL,
                country VARCHAR(60) NOT NULL,
                email VARCHAR(120),
                phone VARCHAR(30),
                rating REAL,
                active BOOLEAN NOT NULL DEFAULT 1
            )""", """
            CREATE TABLE employees (
                id INTEGER PRIMARY KEY,
                manager_id INTEGER REFERENCES employees (id),
                first_name VARCHAR(50) NOT NULL,
                last_name VARCHAR(50) NOT NULL,
                email VARCHAR(120) NOT NULL UNIQUE,
                title VARCHAR(60) NOT NULL,
                hired_on DATE NOT NULL,
                salary NUMERIC(10,2) NOT NULL,
                active BOOLEAN NOT NULL DEFAULT 1
            )""", """
            CREATE TABLE products (
                id INTEGER PRIMARY KEY,
                sku VARCHAR(20) NOT NULL UNIQUE,
                name VARCHAR(120) NOT NULL,
                category_id INTEGER NOT NULL REFERENCES categories (id),
                supplier_id INTEGER REFERENCES suppliers (id) ON DELETE SET NULL,
                price NUMERIC(10,2) NOT NULL CHECK (price >= 0),
                cost NUMERIC(10,2),
                stock INTEGER NOT NULL DEFAULT 0,
                weight_kg REAL,
                discontinued BOOLEAN NOT NULL DEFAULT 0,
                description TEXT,
                thumbnail BLOB,
                added_on DATE NOT NULL
            )""", """
            CREATE TABLE customers (
                id INTEGER PRIMARY KEY,
                first_name VARCHAR(50) NOT NULL,
                last_name VARCHAR(50) NOT NULL,
                email VARCHAR(120) NOT NULL UNIQUE,
                phone VARCHAR(30),
                birth_date DATE,
                signed_up_at TIMESTAMP NOT NULL,
                loyalty_points INTEGER NOT NULL DEFAULT 0,
                newsletter BOOLEAN NOT NULL DEFAULT 0,
                notes TEXT
            )""", """
            CREATE TABLE addresses (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                kind VARCHAR(10) NOT NULL CHECK (kind IN ('billing', 'shipping')),
                street VARCHAR(120) NOT NULL,
                city VARCHAR(60) NOT NULL,
                postal_code VARCHAR(12),
                country VARCHAR(60) NOT NULL,
                is_default BOOLEAN NOT NULL DEFAULT 0
            )""", """
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL REFERENCES customers (id),
                employee_id INTEGER REFERENCES employees (id) ON DELETE SET NULL,
                shipping_address_id INTEGER REFERENCES addresses (id),
                status VARCHAR(12) NOT NULL
                    CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'returned')),
                ordered_at TIMESTAMP NOT NULL,
                shipped_at TIMESTAMP,
                total NUMERIC(12,2) NOT NULL,
                note TEXT
            )""", """
            CREATE TABLE order_items (
                order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
                line_no INTEGER NOT NULL,
                product_id INTEGER NOT NULL REFERENCES products (id),
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_price NUMERIC(10,2) NOT NULL,
                discount REAL NOT NULL DEFAULT 0,
                PRIMARY KEY (order_id, line_no)
            )""", """
            CREATE TABLE payments (
                id INTEGER PRIMARY KEY,
                order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
                paid_at TIMESTAMP NOT NULL,
                amount NUMERIC(12,2) NOT NULL,
                method VARCHAR(12) NOT NULL CHECK (method IN ('card', 'paypal', 'transfer', 'voucher')),
                reference VARCHAR(40) NOT NULL UNIQUE
            )""", """
            CREATE TABLE order_status_history (
                id INTEGER PRIMARY KEY,
                order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
                old_status VARCHAR(12),
                new_status VARCHAR(12) NOT NULL,
                changed_at TIMESTAMP NOT NULL
            )""", """
            CREATE TABLE reviews (
                id INTEGER PRIMARY KEY,
                product_id INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE,
                customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL,
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                title VARCHAR(120),
                body TEXT,
                helpful_votes INTEGER NOT NULL DEFAULT 0,
                reviewed_at TIMESTAMP NOT NULL
            )""");

    static final List<String> INDEXES = List.of(
            "CREATE INDEX categories_parent_idx ON categories (parent_id)",
            "CREATE INDEX employees_manager_idx ON employees (manager_id)",
            "CREATE INDEX products_category_idx ON products (category_id)",
            "CREATE INDEX products_supplier_idx ON products (supplier_id)",
            "CREATE INDEX customers_name_idx ON customers (last_name, first_name)",
            "CREATE INDEX addresses_customer_idx ON addresses (customer_id)",
            "CREATE INDEX orders_customer_idx ON orders (customer_id)",
            "CREATE INDEX orders_ordered_at_idx ON orders (ordered_at DESC)",
            "CREATE INDEX orders_open_idx ON orders (status) WHERE status IN ('pending', 'paid')",
            "CREATE INDEX order_items_product_idx ON order_items (product_id)",
            "CREATE INDEX payments_order_idx ON payments (order_id)",
            "CREATE INDEX order_status_history_order_idx ON order_status_history (order_id, changed_at)",
            "CREATE INDEX reviews_product_idx ON reviews (product_id, rating DESC)");

    static final List<String> VIEWS = List.of("""
            CREATE VIEW customer_order_totals AS
            SELECT c.id AS customer_id, c.first_name || ' ' || c.last_name AS customer, c.email,
                   COUNT(o.id) AS orders, ROUND(COALESCE(SUM(o.total), 0), 2) AS total_spent,
                   MAX(o.ordered_at) AS last_ordered_at
            FROM customers c
            LEFT JOIN orders o ON o.customer_id = c.id AND o.status NOT IN ('cancelled', 'returned')
            GROUP BY c.id""", """
            CREATE VIEW product_sales AS
            SELECT p.id AS product_id, p.sku, p.name, cat.name AS category,
                   COALESCE(SUM(i.quantity), 0) AS units_sold,
                   ROUND(COALESCE(SUM(i.quantity * i.unit_price * (1 - i.discount)), 0), 2) AS revenue
            FROM products p
            JOIN categories cat ON cat.id = p.category_id
            LEFT JOIN order_items i ON i.product_id = p.id
            GROUP BY p.id""", """
            CREATE VIEW monthly_revenue AS
            SELECT strftime('%Y-%m', ordered_at) AS month, COUNT(*) AS orders, ROUND(SUM(total), 2) AS revenue
            FROM orders
            WHERE status NOT IN ('cancelled', 'returned')
            GROUP BY strftime('%Y-%m', ordered_at)""");

    static final List<String> TRIGGERS = List.of("""
            CREATE TRIGGER orders_status_change AFTER UPDATE OF status ON orders
            FOR EACH ROW WHEN OLD.status IS NOT NEW.status
            BEGIN
                INSERT INTO order_status_history (order_id, old_status, new_status, changed_at)
                VALUES (NEW.id, OLD.status, NEW.status, strftime('%Y-%m-%d %H:%M:%S', 'now'));
            END""");

    private SampleSchema() {
    }
}
