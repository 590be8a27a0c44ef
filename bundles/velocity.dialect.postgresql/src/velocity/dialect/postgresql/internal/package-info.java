/**
 * The PostgreSQL dialect. Nothing here is API: the core reaches {@link PostgresDialect} through the extension
 * point {@code velocity.core.dialects} and only ever sees the SPI interfaces it implements.
 */
package velocity.dialect.postgresql.internal;
