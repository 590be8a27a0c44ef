/**
 * Open Anything (Ctrl+K): the workbench's index of the objects of every connected connection, and the
 * dialog that searches it. Other bundles feed it sources of their own (favorites, history) through
 * {@link velocity.ui.search.OpenAnything#index()}.
 */
package velocity.ui.search;
