package velocity.core.tests;

import velocity.tests.support.TestDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import velocity.core.ActiveConnection;
import velocity.core.ConnectionSettings;
import velocity.core.ConnectionTestResult;
import velocity.core.ErrorKind;
import velocity.core.Monitor;
import velocity.core.Velocity;
import velocity.core.VelocityException;
import velocity.core.operations.ConnectOperation;
import velocity.core.operations.DisconnectOperation;
import velocity.core.operations.ListTablesOperation;
import velocity.core.operations.TestConnectionOperation;

class ConnectionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void testConnectionReportsServerDriverAndTimes(TestDatabase db) throws Exception {
        db.assumeReachable();
        try (Velocity v = TestVelocity.open(dir)) {
            ConnectionTestResult r = new TestConnectionOperation(v.manager(), db.settings("probe", dir), db.password())
                    .run(Monitor.create());
            String expected = switch (db) {
                case POSTGRESQL -> "PostgreSQL";
                case MYSQL -> "M";
                case SQLITE -> "SQLite";
            };
            assertTrue(r.productName().startsWith(expected), r.productName());
            assertFalse(r.productVersion().isBlank());
            assertFalse(r.driverVersion().isBlank());
            assertTrue(r.connectMillis() > 0 && r.roundTripMillis() > 0, r.toString());
            assertTrue(v.manager().active().isEmpty(), "a test opens no pool");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = { "POSTGRESQL", "MYSQL" })
    void aClosedPortIsReportedAsRefusedQuickly(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir)) {
            ConnectionSettings s = db.hostSettings("refused", dir).host("127.0.0.1").port(1).build();
            long start = System.nanoTime();
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new TestConnectionOperation(v.manager(), s, null).run(Monitor.create()));
            assertEquals(ErrorKind.CONNECTION_REFUSED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("'refused'") && e.getMessage().contains("127.0.0.1:1"), e.getMessage());
            assertTrue((System.nanoTime() - start) / 1e9 < s.connectTimeoutSeconds(), "within the connect timeout");
            assertThrows(VelocityException.class, () -> new ConnectOperation(v.manager(), s, null).run(Monitor.create()));
            assertTrue(v.manager().active().isEmpty(), "no pool left behind");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = { "POSTGRESQL", "MYSQL" })
    void anUnknownHostIsNamed(TestDatabase db) throws Exception {
        try (Velocity v = TestVelocity.open(dir)) {
            ConnectionSettings s = db.hostSettings("nohost", dir).host("no-such-host.invalid").build();
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new TestConnectionOperation(v.manager(), s, null).run(Monitor.create()));
            assertEquals(ErrorKind.UNKNOWN_HOST, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = { "POSTGRESQL", "MYSQL" })
    void anUnknownDatabaseIsNamed(TestDatabase db) throws Exception {
        db.assumeReachable();
        try (Velocity v = TestVelocity.open(dir)) {
            ConnectionSettings s = db.hostSettings("nodb", dir).database("velocity_no_such_db").build();
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new TestConnectionOperation(v.manager(), s, db.password()).run(Monitor.create()));
            assertEquals(ErrorKind.UNKNOWN_DATABASE, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("velocity_no_such_db"), e.getMessage());
        }
    }

    @Test
    void aSqliteFileInAMissingFolderIsAConfigurationError() throws Exception {
        try (Velocity v = TestVelocity.open(dir)) {
            ConnectionSettings s = ConnectionSettings.builder("nofolder", "sqlite")
                    .database(dir.resolve("missing/folder/x.db").toString()).build();
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new TestConnectionOperation(v.manager(), s, null).run(Monitor.create()));
            assertEquals(ErrorKind.CONFIGURATION, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("missing"), e.getMessage());
        }
    }

    /** PostgreSQL's test server trusts every local user, so only MariaDB can refuse a password here. */
    @Test
    void aWrongPasswordIsAnAuthenticationError() throws Exception {
        TestDatabase db = TestDatabase.MYSQL;
        try (Velocity v = TestVelocity.open(dir); Sandbox admin = Sandbox.open(v, db, dir)) {
            admin.execute("CREATE USER IF NOT EXISTS 'velocity_pw_test'@'%' IDENTIFIED BY 'right-Pa55'",
                    "CREATE USER IF NOT EXISTS 'velocity_pw_test'@'localhost' IDENTIFIED BY 'right-Pa55'");
            try {
                ConnectionSettings s = db.hostSettings("pw", dir).user("velocity_pw_test").database(null).build();
                VelocityException e = assertThrows(VelocityException.class,
                        () -> new TestConnectionOperation(v.manager(), s, "wrong-Pa55".toCharArray()).run(Monitor.create()));
                assertEquals(ErrorKind.AUTHENTICATION, e.kind(), e.getMessage());
                assertTrue(e.getMessage().contains("velocity_pw_test"), e.getMessage());
                assertFalse(e.getMessage().contains("wrong-Pa55"), "the password stays out of messages");
                assertNotNull(new TestConnectionOperation(v.manager(), s, "right-Pa55".toCharArray()).run(Monitor.create()));
            } finally {
                admin.execute("DROP USER IF EXISTS 'velocity_pw_test'@'%'", "DROP USER IF EXISTS 'velocity_pw_test'@'localhost'");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void connectPoolsAndDisconnectCloses(TestDatabase db) throws Exception {
        db.assumeReachable();
        try (Velocity v = TestVelocity.open(dir)) {
            ConnectionSettings s = db.settings("pooled " + db, dir);
            ActiveConnection c = new ConnectOperation(v.manager(), s, db.password()).run(Monitor.create());
            assertEquals(List.of(c), v.manager().active());
            assertTrue(c == new ConnectOperation(v.manager(), s, db.password()).run(Monitor.create()), "reused");
            assertNotNull(new ListTablesOperation(c, null).run(Monitor.create()));
            assertTrue(new DisconnectOperation(v.manager(), s.name()).run(Monitor.create()));
            assertTrue(c.isClosed());
            VelocityException e = assertThrows(VelocityException.class,
                    () -> new ListTablesOperation(c, null).run(Monitor.create()));
            assertTrue(e.getMessage().contains("disconnected"), e.getMessage());
            ActiveConnection again = new ConnectOperation(v.manager(), s, db.password()).run(Monitor.create());
            assertNotNull(new ListTablesOperation(again, null).run(Monitor.create()));
        }
    }

    /** Killing every server session is what a restart does to a pool. */
    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = { "POSTGRESQL", "MYSQL" })
    void theNextCallWorksAfterTheServerDroppedEverySession(TestDatabase db) throws Exception {
        db.assumeReachable();
        try (Velocity v = TestVelocity.open(dir)) {
            ActiveConnection c = v.manager().connect(db.settings("restart", dir), db.password(), Monitor.create());
            String idQuery = db == TestDatabase.POSTGRESQL ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
            long id = c.withSession(Monitor.create(), "id", true, s -> {
                try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(idQuery)) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            try (Velocity other = TestVelocity.open(dir.resolve("other"))) {
                ActiveConnection killer = other.manager().connect(db.settings("killer", dir), db.password(), Monitor.create());
                String kill = db == TestDatabase.POSTGRESQL ? "SELECT pg_terminate_backend(" + id + ")" : "KILL " + id;
                killer.withSession(Monitor.create(), "kill", false, s -> {
                    try (Statement st = s.connection().createStatement()) {
                        return st.execute(kill);
                    }
                });
            }
            assertNotNull(new ListTablesOperation(c, null).run(Monitor.create()), "works without reconnecting");
        }
    }
}
