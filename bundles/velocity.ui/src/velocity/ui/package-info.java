/**
 * The Velocity workbench's shared services for the UI bundles and for plug-ins that extend the workbench:
 * the core facade ({@link velocity.ui.VelocityUi}), connection state ({@link velocity.ui.Connections}),
 * operations run as cancellable jobs ({@link velocity.ui.OperationJob}), the one place that reports errors
 * ({@link velocity.ui.ErrorReporter}), icons and command ids.
 */
package velocity.ui;
