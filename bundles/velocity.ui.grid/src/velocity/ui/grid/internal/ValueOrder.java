package velocity.ui.grid.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order of a column's values when the user sorts: numbers and dates by value, binary byte by byte,
 * anything else by its text; NULL after every value whichever the direction.
 */
public final class ValueOrder {

    private ValueOrder() {
    }

    /** Compares rows by one column; {@code ascending} flips values only, so NULLs stay last. */
    public static Comparator<Object[]> rows(int column, boolean ascending) {
        return (a, b) -> {
            Object x = a[column];
            Object y = b[column];
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            int c = compare(x, y);
            return ascending ? c : -c;
        };
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static int compare(Object x, Object y) {
        if (x instanceof Number a && y instanceof Number b) {
            return compareNumbers(a, b);
        }
        if (x instanceof byte[] a && y instanceof byte[] b) {
            return Arrays.compareUnsigned(a, b);
        }
        if (x.getClass() == y.getClass() && x instanceof Comparable c) {
            return c.compareTo(y);
        }
        return CellFormat.full(x).compareTo(CellFormat.full(y));
    }

    private static int compareNumbers(Number a, Number b) {
        if (isFloating(a) || isFloating(b)) {
            double da = a.doubleValue();
            double db = b.doubleValue();
            if (Double.isNaN(da) || Double.isNaN(db) || Double.isInfinite(da) || Double.isInfinite(db)) {
                return Double.compare(da, db);
            }
        }
        return decimal(a).compareTo(decimal(b));
    }

    private static boolean isFloating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (isFloating(n)) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        return new BigDecimal(n.toString());
    }
}
