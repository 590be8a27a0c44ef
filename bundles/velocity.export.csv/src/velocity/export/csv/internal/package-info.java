/** The CSV export format, contributed through {@code velocity.core.exporters}. */
package velocity.export.csv.internal;
