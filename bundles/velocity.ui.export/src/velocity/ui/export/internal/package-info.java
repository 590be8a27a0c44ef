/** The workbench's Export dialog and the handler of the Export Data command. */
package velocity.ui.export.internal;
