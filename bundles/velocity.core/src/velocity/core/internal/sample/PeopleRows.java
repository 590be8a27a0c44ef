package velocity.core.internal.sample;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;

/** Who works for the shop and who buys from it: employees, customers and their addresses. */
final class PeopleRows {

    static final int EMPLOYEES = 24;
    static final int CUSTOMERS = 3_000;

    /** The managers' titles; employee 1 manages them, and each manages the staff of the same index. */
    private static final String[] MANAGERS = { "Sales Manager", "Support Manager", "Warehouse Manager",
            "Purchasing Manager" };
    private static final String[] STAFF = { "Sales Associate", "Support Agent", "Warehouse Clerk", "Buyer" };
    private static final int SALES = 0;
    private static final String[] MAIL_DOMAINS = { "example.com", "example.org", "example.net" };
    /** The lowest and highest salary of the director, the managers and the staff. */
    private static final int[][] MONTHLY_SALARY = { { 9_000, 12_000 }, { 5_500, 7_500 }, { 2_600, 4_200 } };

    /**
     * What the orders need to know of the people.
     *
     * @param signUpDays each customer's sign-up day, counted from {@link SampleText#FIRST_DAY}
     * @param shippingAddresses each customer's default shipping address
     * @param salesPeople the employees who take orders
     */
    record People(int[] signUpDays, int[] shippingAddresses, int[] salesPeople) {
    }

    private final SampleText text;

    PeopleRows(SampleText text) {
        this.text = text;
    }

    People write(Inserts inserts) throws SQLException {
        int[] salesPeople = writeEmployees(inserts.table("employees", "id", "manager_id", "first_name", "last_name",
                "email", "title", "hired_on", "salary", "active"));
        inserts.worked(EMPLOYEES);
        Inserts.Table customers = inserts.table("customers", "id", "first_name", "last_name", "email", "phone",
                "birth_date", "signed_up_at", "loyalty_points", "newsletter", "notes");
        Inserts.Table addresses = inserts.table("addresses", "id", "customer_id", "kind", "street", "city",
                "postal_code", "country", "is_default");
        int[] signUpDays = new int[CUSTOMERS + 1];
        int[] shipping = new int[CUSTOMERS + 1];
        int addressId = 0;
        for (int id = 1; id <= CUSTOMERS; id++) {
            String first = text.firstName();
            String last = text.lastName();
            signUpDays[id] = text.between(0, SampleText.DAYS - 20);
            LocalDate birth = text.chance(0.2) ? null : LocalDate.of(text.between(1950, 2005), 1, 1)
                    .plusDays(text.between(0, 364));
            String email = text.email(first, last, id, text.pick(MAIL_DOMAINS));
            String phone = text.chance(0.7) ? text.phone() : null;
            String notes = text.chance(0.05) ? text.sentence() : null;
            customers.add(id, first, last, email, phone, birth == null ? null : SampleText.iso(birth),
                    SampleText.iso(text.moment(signUpDays[id], signUpDays[id])), text.between(0, 5_000),
                    text.chance(0.4), notes);
            String[] city = text.city();
            shipping[id] = ++addressId;
            addresses.add(addressId, id, "shipping", text.street(), city[0], city[1], city[2], true);
            if (text.chance(0.4)) {
                // Billing elsewhere: often the same city, sometimes a company across the border.
                String[] billing = text.chance(0.7) ? city : text.city();
                addresses.add(++addressId, id, "billing", text.street(), billing[0], billing[1], billing[2], true);
            }
            inserts.worked(1);
        }
        return new People(signUpDays, shipping, salesPeople);
    }

    /** The managing director, a manager per department and the staff; returns the sales people's ids. */
    private int[] writeEmployees(Inserts.Table employees) throws SQLException {
        int[] sales = new int[EMPLOYEES];
        int salesCount = 0;
        for (int id = 1; id <= EMPLOYEES; id++) {
            int department = (id - 2) % MANAGERS.length;
            int level = id == 1 ? 0 : id <= 1 + MANAGERS.length ? 1 : 2;
            Integer manager = switch (level) {
                case 0 -> null;
                case 1 -> 1;
                default -> 2 + department;
            };
            String title = switch (level) {
                case 0 -> "Managing Director";
                case 1 -> MANAGERS[department];
                default -> STAFF[department];
            };
            if (level > 0 && department == SALES) {
                sales[salesCount++] = id;
            }
            String first = text.firstName();
            String last = text.lastName();
            BigDecimal salary = text.money(MONTHLY_SALARY[level][0], MONTHLY_SALARY[level][1]);
            employees.add(id, manager, first, last, text.email(first, last, id, "shop.example"), title,
                    SampleText.iso(text.day(-3_000, -30)), salary, level < 2 || text.chance(0.9));
        }
        return Arrays.copyOf(sales, salesCount);
    }
}
