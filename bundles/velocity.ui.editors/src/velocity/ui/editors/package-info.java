/**
 * Object editors: the table editor and the API through which bundles add tabs to it. A tab is an
 * {@link velocity.ui.editors.EditorTab} contributed to the extension point {@code velocity.ui.editors}
 * (schema {@code schema/editors.exsd}); the editor creates it when the user first selects it and hands it an
 * {@link velocity.ui.editors.EditorTabContext}. {@link velocity.ui.editors.TableEditorInput} opens an editor
 * directly; most callers run the command {@code velocity.ui.VelocityCommands#OPEN_TABLE} instead.
 */
package velocity.ui.editors;
