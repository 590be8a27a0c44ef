package velocity.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.operations.ConnectOperation;
import velocity.core.operations.CreateSampleDatabaseOperation;
import velocity.core.operations.ListTablesOperation;
import velocity.ui.VelocityUi;
import velocity.ui.tests.support.Ui;

/** The first start of a new home creates the sample database and its connection, in the background. */
class FirstStartTest {

    @Test
    void createsTheSampleDatabaseAndItsConnection() throws Exception {
        Velocity velocity = VelocityUi.velocity();
        Ui.waitUntil("the connection " + CreateSampleDatabaseOperation.CONNECTION_NAME,
                () -> Files.exists(velocity.home().sampleFile()) && hasSample(velocity));
        ConnectionSettings sample = velocity.connections().get(CreateSampleDatabaseOperation.CONNECTION_NAME);
        assertEquals("sqlite", sample.dialect());
        ActiveConnection connection = new ConnectOperation(velocity.manager(), sample, null).run(Monitor.create());
        List<TableInfo> objects = new ListTablesOperation(connection, null).run(Monitor.create());
        long tables = objects.stream().filter(t -> t.kind() == TableKind.TABLE).count();
        long views = objects.stream().filter(t -> t.kind() == TableKind.VIEW).count();
        assertTrue(tables >= 8, "tables in the sample: " + objects);
        assertTrue(views >= 2, "views in the sample: " + objects);
    }

    private static boolean hasSample(Velocity velocity) {
        try {
            return velocity.connections().find(CreateSampleDatabaseOperation.CONNECTION_NAME).isPresent();
        } catch (Exception e) {
            return false;
        }
    }
}
