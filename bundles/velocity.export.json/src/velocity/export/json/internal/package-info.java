/** The JSON and JSON Lines export formats, contributed through {@code velocity.core.exporters}. */
package velocity.export.json.internal;
