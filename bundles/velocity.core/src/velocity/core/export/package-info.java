/**
 * Exporting rows to files: the exporter SPI that format bundles implement and contribute through the
 * extension point {@code velocity.core.exporters}, their options, and the registry that lists them. The
 * operation that runs an export is {@link velocity.core.operations.ExportOperation}.
 */
package velocity.core.export;
