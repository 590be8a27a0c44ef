package velocity.core;

/**
 * What a successful connection test found.
 *
 * @param productName the server product, e.g. PostgreSQL, MariaDB
 * @param productVersion the server version
 * @param driverName the JDBC driver
 * @param driverVersion the driver version
 * @param connectMillis time to open the connection
 * @param roundTripMillis time of one round trip to the server once connected
 */
public record ConnectionTestResult(String productName, String productVersion, String driverName,
        String driverVersion, double connectMillis, double roundTripMillis) {
}
