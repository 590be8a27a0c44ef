/** What the catalogs describe: databases, tables, columns, keys and indexes, as immutable records. */
package velocity.core.metadata;
