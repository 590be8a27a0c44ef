/** What the catalogs describe: databases, tables, columns, keys, indexes and functions, as immutable records. */
package velocity.core.metadata;
