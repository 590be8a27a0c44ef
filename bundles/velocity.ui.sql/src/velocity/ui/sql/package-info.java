/**
 * The SQL editor: its ids, for bundles that open it or contribute to its menus.
 *
 * <p>Scripts are files {@code Script-N.sql} in the folder {@code scripts} of the workspace (the instance
 * location). The saved connection a script is bound to is kept beside it in {@code Script-N.properties}
 * (key {@code connection}), so the script itself stays plain SQL that any tool can run.
 */
package velocity.ui.sql;
