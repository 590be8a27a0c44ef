package velocity.ui.tests.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import velocity.core.operations.CreateSampleDatabaseOperation;
import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/** The sample database the first start creates, browsed in the navigator. */
class NavigatorSampleTest {

    private static final String SAMPLE = CreateSampleDatabaseOperation.CONNECTION_NAME;

    @Test
    void sampleDatabaseBrowsesToTheColumnsOfOrders() {
        Ui.waitUntil("the workbench window", () -> Ui.page() != null);
        NavigatorDriver.showNavigator();
        Ui.waitUntil("the connection " + SAMPLE, () -> {
            try {
                return VelocityUi.velocity().connections().find(SAMPLE).isPresent();
            } catch (Exception e) {
                return false;
            }
        });
        try {
            TreeItem tables = NavigatorDriver.item(SAMPLE, "main", "Tables");
            NavigatorDriver.expand(tables);
            List<String> names = NavigatorDriver.children(tables);
            assertTrue(names.containsAll(List.of("customers", "orders", "order_items", "products")), names.toString());
            TreeItem columns = NavigatorDriver.item(SAMPLE, "main", "Tables", "orders", "Columns");
            NavigatorDriver.expand(columns);
            assertEquals(List.of("id", "customer_id", "employee_id", "shipping_address_id", "status", "ordered_at",
                    "shipped_at", "total", "note"), NavigatorDriver.children(columns));
            TreeItem views = NavigatorDriver.item(SAMPLE, "main", "Views");
            NavigatorDriver.expand(views);
            assertTrue(NavigatorDriver.children(views).contains("monthly_revenue"), NavigatorDriver.children(views).toString());
            NavigatorDriver.select(Ui.sync(() -> columns.getItems()[0]));
            Ui.screenshot("navigator-sample");
        } finally {
            VelocityUi.connections().disconnect(SAMPLE);
        }
    }
}
