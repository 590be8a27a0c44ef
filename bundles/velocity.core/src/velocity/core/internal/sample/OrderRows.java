package velocity.core.internal.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The orders with their lines, payments and status history. An order's status follows from its age, as in a
 * real shop: last week's orders are still open, older ones delivered, a few cancelled or returned; its history
 * walks through every status it passed, and its total is the sum of its lines.
 */
final class OrderRows {

    static final int ORDERS = 10_000;

    /** Lines per order, drawn from this list: mostly one to three. */
    private static final int[] LINES = { 1, 1, 1, 2, 2, 2, 3, 3, 4, 5 };
    private static final String[] METHODS = { "card", "card", "card", "paypal", "paypal", "transfer", "voucher" };
    private static final double[] DISCOUNTS = { 0.05, 0.10, 0.15 };
    private static final String[] NOTES = { "Leave at the door.", "Gift wrap, please.", "Call before delivery.",
            "Deliver after 5 pm.", "Invoice to the company address, please." };

    private static final String PENDING = "pending";
    private static final String PAID = "paid";
    private static final String SHIPPED = "shipped";
    private static final String DELIVERED = "delivered";
    private static final String CANCELLED = "cancelled";
    private static final String RETURNED = "returned";

    private final SampleText text;
    private final CatalogRows.Products products;
    private final PeopleRows.People people;
    private int paymentId;
    private int historyId;

    OrderRows(SampleText text, CatalogRows.Products products, PeopleRows.People people) {
        this.text = text;
        this.products = products;
        this.people = people;
    }

    void write(Inserts inserts) throws SQLException {
        Inserts.Table orders = inserts.table("orders", "id", "customer_id", "employee_id", "shipping_address_id",
                "status", "ordered_at", "shipped_at", "total", "note");
        Inserts.Table items = inserts.table("order_items", "order_id", "line_no", "product_id", "quantity",
                "unit_price", "discount");
        Inserts.Table payments = inserts.table("payments", "id", "order_id", "paid_at", "amount", "method",
                "reference");
        Inserts.Table history = inserts.table("order_status_history", "id", "order_id", "old_status", "new_status",
                "changed_at");
        for (int id = 1; id <= ORDERS; id++) {
            // A few customers order often, most now and then.
            int customer = 1 + (int) (PeopleRows.CUSTOMERS * Math.pow(text.random().nextDouble(), 1.6));
            int day = text.between(people.signUpDays()[customer], SampleText.DAYS - 1);
            LocalDateTime orderedAt = text.moment(day, day);
            String status = status(SampleText.DAYS - 1 - day);
            Integer employee = text.chance(0.4) ? null
                    : people.salesPeople()[text.random().nextInt(people.salesPeople().length)];
            List<Object[]> lines = lines(id);
            BigDecimal total = BigDecimal.ZERO;
            for (Object[] line : lines) {
                BigDecimal net = ((BigDecimal) line[4]).multiply(BigDecimal.valueOf((Integer) line[3]))
                        .multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf((Double) line[5])));
                total = total.add(net);
            }
            total = total.setScale(2, RoundingMode.HALF_UP);
            LocalDateTime paidAt = orderedAt.plusMinutes(text.between(1, 90));
            LocalDateTime shippedAt = shipped(status)
                    ? orderedAt.plusDays(text.between(1, 3)).withHour(text.between(8, 17)) : null;
            orders.add(id, customer, employee, people.shippingAddresses()[customer], status, SampleText.iso(orderedAt),
                    shippedAt == null ? null : SampleText.iso(shippedAt), total,
                    text.chance(0.03) ? text.pick(NOTES) : null);
            for (Object[] line : lines) {
                items.add(line);
            }
            if (paid(status)) {
                writePayments(payments, id, total, paidAt);
            }
            writeHistory(history, id, status, orderedAt, paidAt, shippedAt);
            inserts.worked(1);
        }
    }

    private List<Object[]> lines(int order) {
        int count = LINES[text.random().nextInt(LINES.length)];
        List<Object[]> lines = new ArrayList<>(count);
        for (int line = 1; line <= count; line++) {
            int product = text.between(1, CatalogRows.PRODUCTS);
            int quantity = text.chance(0.7) ? 1 : text.between(2, 4);
            double discount = text.chance(0.8) ? 0.0 : DISCOUNTS[text.random().nextInt(DISCOUNTS.length)];
            lines.add(new Object[] { order, line, product, quantity, products.prices()[product], discount });
        }
        return lines;
    }

    /** @param age days between the order and the last day of the sample */
    private String status(int age) {
        if (text.chance(0.04)) {
            return CANCELLED;
        }
        if (age < 2) {
            return text.chance(0.6) ? PENDING : PAID;
        }
        if (age < 5) {
            return text.chance(0.5) ? PAID : SHIPPED;
        }
        if (age < 10) {
            return text.chance(0.3) ? SHIPPED : DELIVERED;
        }
        return text.chance(0.02) ? RETURNED : DELIVERED;
    }

    private static boolean shipped(String status) {
        return status.equals(SHIPPED) || status.equals(DELIVERED) || status.equals(RETURNED);
    }

    private static boolean paid(String status) {
        return status.equals(PAID) || shipped(status);
    }

    /** One payment, or for some bigger orders a voucher first and the rest by another method. */
    private void writePayments(Inserts.Table payments, int order, BigDecimal total, LocalDateTime paidAt)
            throws SQLException {
        if (total.compareTo(BigDecimal.valueOf(50)) > 0 && text.chance(0.1)) {
            BigDecimal voucher = BigDecimal.valueOf(text.between(1, 4) * 10L, 0).setScale(2);
            payment(payments, order, paidAt, voucher, "voucher");
            String rest = text.pick(METHODS);
            payment(payments, order, paidAt.plusSeconds(text.between(5, 60)), total.subtract(voucher),
                    rest.equals("voucher") ? "card" : rest);
        } else {
            payment(payments, order, paidAt, total, text.pick(METHODS));
        }
    }

    private void payment(Inserts.Table payments, int order, LocalDateTime at, BigDecimal amount, String method)
            throws SQLException {
        paymentId++;
        String reference = String.format(Locale.ROOT, "PAY-%s-%06d", SampleText.iso(at.toLocalDate()).replace("-", ""),
                paymentId);
        payments.add(paymentId, order, SampleText.iso(at), amount, method, reference);
    }

    /** Every status the order passed through, from its creation on. */
    private void writeHistory(Inserts.Table history, int order, String status, LocalDateTime orderedAt,
            LocalDateTime paidAt, LocalDateTime shippedAt) throws SQLException {
        change(history, order, null, PENDING, orderedAt);
        if (status.equals(CANCELLED)) {
            boolean wasPaid = text.chance(0.5);
            if (wasPaid) {
                change(history, order, PENDING, PAID, paidAt);
            }
            change(history, order, wasPaid ? PAID : PENDING, CANCELLED, paidAt.plusHours(text.between(1, 48)));
            return;
        }
        if (status.equals(PENDING)) {
            return;
        }
        change(history, order, PENDING, PAID, paidAt);
        if (shippedAt == null) {
            return;
        }
        change(history, order, PAID, SHIPPED, shippedAt);
        if (status.equals(SHIPPED)) {
            return;
        }
        LocalDateTime deliveredAt = shippedAt.plusDays(text.between(1, 5)).withHour(text.between(9, 19));
        change(history, order, SHIPPED, DELIVERED, deliveredAt);
        if (status.equals(RETURNED)) {
            change(history, order, DELIVERED, RETURNED, deliveredAt.plusDays(text.between(3, 20)));
        }
    }

    private void change(Inserts.Table history, int order, String from, String to, LocalDateTime at)
            throws SQLException {
        history.add(++historyId, order, from, to, SampleText.iso(at));
    }
}
