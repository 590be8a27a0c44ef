/**
 * The Database Navigator's extension API. Other bundles add folders to the navigator's tree through the
 * extension point {@code velocity.ui.navigator}: each folder names the kind of node it goes under
 * ({@link velocity.ui.navigator.ParentKind}), optionally a dialect, and a {@link velocity.ui.navigator.FolderContent}
 * that lists the folder's {@link velocity.ui.navigator.NavigatorItem items} in a job, given a
 * {@link velocity.ui.navigator.NavigatorContext} that says where in the tree the folder is.
 */
package velocity.ui.navigator;
