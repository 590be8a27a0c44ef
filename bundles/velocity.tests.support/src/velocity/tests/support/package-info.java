/**
 * What the test bundles share: the test databases, their coordinates from the environment, and the rule that
 * skips a test whose server does not answer unless {@code VELOCITY_REQUIRE_SERVERS=1}.
 */
package velocity.tests.support;
