package velocity.core.internal.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the shop sells: categories (a two-level tree), suppliers and products. */
final class CatalogRows {

    static final int SUPPLIERS = 40;
    static final int PRODUCTS = 600;

    /**
     * A category: name, parent's name or {@code null}, colour of its products' thumbnails, then the nouns its
     * products are named with; a category without nouns only groups others.
     */
    private static final String[][] CATEGORIES = {
            { "Books", null, "5b6abf" },
            { "Fiction", "Books", "7986cb", "Novel", "Short Stories", "Thriller", "Poetry Collection" },
            { "Non-fiction", "Books", "3949ab", "Cookbook", "Travel Guide", "Biography", "Field Guide" },
            { "Electronics", null, "00897b" },
            { "Audio", "Electronics", "26a69a", "Headphones", "Speaker", "Turntable", "Earbuds" },
            { "Computers", "Electronics", "00695c", "Keyboard", "Mouse", "Monitor", "Laptop Stand", "USB Hub" },
            { "Phones", "Electronics", "4db6ac", "Phone Case", "Charger", "Power Bank", "Screen Protector" },
            { "Home & Kitchen", null, "e65100" },
            { "Cookware", "Home & Kitchen", "fb8c00", "Frying Pan", "Saucepan", "Kettle", "Knife Set", "Cutting Board" },
            { "Furniture", "Home & Kitchen", "bf360c", "Desk Lamp", "Bookshelf", "Stool", "Side Table" },
            { "Garden", null, "558b2f", "Watering Can", "Garden Hose", "Planter", "Pruning Shears" },
            { "Sports", null, "c62828" },
            { "Cycling", "Sports", "e53935", "Bike Light", "Helmet", "Bottle Cage", "Saddle" },
            { "Running", "Sports", "b71c1c", "Running Shoes", "Running Vest", "Sports Watch" },
            { "Toys", null, "f9a825", "Puzzle", "Board Game", "Building Blocks", "Kite" },
            { "Food & Drink", null, "6d4c41" },
            { "Coffee & Tea", "Food & Drink", "8d6e63", "Coffee Beans", "Green Tea", "Espresso Cups", "Tea Infuser" },
            { "Clothing", null, "546e7a", "T-Shirt", "Scarf", "Rain Jacket", "Wool Socks", "Cap" } };

    private static final String[] ADJECTIVES = { "Classic", "Compact", "Deluxe", "Eco", "Everyday", "Heritage",
            "Lightweight", "Nordic", "Pro", "Rustic", "Smart", "Urban", "Vintage", "Essential" };

    private static final String[] FINISHES = { "Black", "White", "Slate", "Sand", "Forest", "Ocean", "Coral",
            "Walnut", "Steel", "Sky" };

    private static final String[] COMPANY_FORMS = { "Trading", "& Sons", "Supply Co.", "GmbH", "Ltd", "B.V.", "S.A.",
            "Oy", "AB" };

    /** The thumbnails' width and height in pixels: what a grid cell shows. */
    private static final int THUMBNAIL_PIXELS = 24;

    /** What the orders need to know of the products. */
    record Products(BigDecimal[] prices) {
    }

    private final SampleText text;

    CatalogRows(SampleText text) {
        this.text = text;
    }

    static int categories() {
        return CATEGORIES.length;
    }

    Products write(Inserts inserts) throws SQLException {
        writeCategories(inserts.table("categories", "id", "parent_id", "name", "description"));
        inserts.worked(CATEGORIES.length);
        writeSuppliers(inserts.table("suppliers", "id", "name", "country", "email", "phone", "rating", "active"));
        inserts.worked(SUPPLIERS);
        Inserts.Table products = inserts.table("products", "id", "sku", "name", "category_id", "supplier_id",
                "price", "cost", "stock", "weight_kg", "discontinued", "description", "thumbnail", "added_on");
        return writeProducts(products, inserts);
    }

    private void writeCategories(Inserts.Table categories) throws SQLException {
        for (int i = 0; i < CATEGORIES.length; i++) {
            String[] c = CATEGORIES[i];
            Integer parent = c[1] == null ? null : idOf(c[1]);
            String description = c.length > 3 ? String.join(", ", Arrays.asList(c).subList(3, c.length)) + " and more."
                    : null;
            categories.add(i + 1, parent, c[0], description);
        }
    }

    private void writeSuppliers(Inserts.Table suppliers) throws SQLException {
        for (int id = 1; id <= SUPPLIERS; id++) {
            String name = text.lastName() + " " + text.pick(COMPANY_FORMS);
            String domain = SampleText.slug(name) + ".example";
            Double rating = text.chance(0.15) ? null : text.between(10, 50) / 10.0;
            suppliers.add(id, name, text.city()[2], "sales@" + domain, text.chance(0.8) ? text.phone() : null, rating,
                    text.chance(0.9));
        }
    }

    private Products writeProducts(Inserts.Table products, Inserts inserts) throws SQLException {
        List<Integer> sellable = new ArrayList<>();
        for (int i = 0; i < CATEGORIES.length; i++) {
            if (CATEGORIES[i].length > 3) {
                sellable.add(i);
            }
        }
        BigDecimal[] prices = new BigDecimal[PRODUCTS + 1];
        for (int id = 1; id <= PRODUCTS; id++) {
            int category = sellable.get(text.random().nextInt(sellable.size()));
            String[] c = CATEGORIES[category];
            String noun = c[3 + text.random().nextInt(c.length - 3)];
            String name = text.pick(ADJECTIVES) + " " + noun + ", " + text.pick(FINISHES);
            String sku = c[0].replaceAll("[^A-Za-z]", "").substring(0, 3).toUpperCase(Locale.ROOT)
                    + String.format(Locale.ROOT, "-%04d", id);
            BigDecimal price = text.money(2, 400);
            prices[id] = price;
            BigDecimal cost = text.chance(0.1) ? null
                    : price.multiply(BigDecimal.valueOf(text.between(40, 70), 2)).setScale(2, RoundingMode.HALF_UP);
            Integer stock = text.chance(0.08) ? 0 : text.between(1, 500);
            Double weight = text.chance(0.1) ? null : text.between(50, 25_000) / 1000.0;
            int color = Integer.parseInt(c[2], 16);
            byte[] thumbnail = text.chance(0.25) ? null : SamplePng.gradient(THUMBNAIL_PIXELS, color, 0xffffff);
            products.add(id, sku, name, category + 1, text.chance(0.05) ? null : text.between(1, SUPPLIERS), price, cost,
                    stock, weight, text.chance(0.05), description(noun), thumbnail,
                    SampleText.iso(text.day(-700, SampleText.DAYS - 30)));
            inserts.worked(1);
        }
        return new Products(prices);
    }

    /** Mostly a paragraph; some products have a long text, some none. */
    private String description(String noun) {
        if (text.chance(0.05)) {
            return null;
        }
        String intro = "From our " + noun.toLowerCase(Locale.ROOT) + " range, made to last.";
        if (text.chance(0.12)) {
            return intro + "\n\n" + text.paragraphs(text.between(4, 7), text.between(4, 6));
        }
        return intro + " " + text.paragraphs(1, text.between(1, 3));
    }

    private static int idOf(String name) {
        for (int i = 0; i < CATEGORIES.length; i++) {
            if (CATEGORIES[i][0].equals(name)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
